/** Label–value pairs as a description list; empty values are left out. */
export function Facts({ rows }: { rows: [string, string][] }) {
  return (
    <dl>
      {rows
        .filter(([, v]) => v)
        .map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}
