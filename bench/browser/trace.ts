/** The parts of a Chrome trace event this bench reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; documentLoaderURL?: string }; beginData?: { url?: string }; fileName?: string };
}

export interface Task {
  start: number;
  /** Milliseconds. */
  duration: number;
  /** Runs code of the widget (an event of it names a script under `scriptBase`, or evaluates a module). */
  widget: boolean;
  /** Milliseconds of widget script events inside the task. */
  widgetScript: number;
}

export interface PageTrace {
  /** The load event, in milliseconds from the navigation start. */
  loadEnd: number;
  tasks: Task[];
}

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'loading'];

const urlOf = (e: TraceEvent): string => e.args?.data?.url ?? e.args?.fileName ?? '';

/**
 * Splits the page's main thread into top-level tasks (DevTools' "RunTask", the unit long tasks are counted in) and
 * marks those that run the widget's code. The bench pages run no module scripts of their own, so every module
 * evaluation is the widget's panel. Times are milliseconds from the navigation start.
 */
export function readPageTrace(events: TraceEvent[], pageUrl: string, scriptBase: string): PageTrace {
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl);
  if (!navigation) throw new Error(`no navigation to ${pageUrl} in the trace`);
  const main = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!main) throw new Error(`${pageUrl} was never parsed in the trace`);
  const thread = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const load = events.find((e) => e.name === 'MarkLoad' && e.pid === main.pid && e.ts > navigation.ts);
  const ms = (us: number): number => us / 1000;
  const scriptEvents = thread.filter(
    (e) => ((e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile') && urlOf(e).startsWith(scriptBase)) || e.name === 'v8.evaluateModule',
  );
  const tasks = thread
    .filter((e) => e.name === 'RunTask' && e.ts >= navigation.ts)
    .map((task): Task => {
      const end = task.ts + task.dur!;
      // Nested script events (a function call inside an evaluation) count once: only the outermost ones are summed.
      const inside = scriptEvents.filter((e) => e.ts >= task.ts && e.ts < end);
      const outer = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && o.dur! > e.dur!));
      return {
        start: ms(task.ts - navigation.ts),
        duration: ms(task.dur!),
        widget: inside.length > 0,
        widgetScript: ms(outer.reduce((sum, e) => sum + e.dur!, 0)),
      };
    });
  return { loadEnd: load ? ms(load.ts - navigation.ts) : Number.NaN, tasks };
}
