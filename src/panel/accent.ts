import { DEFAULT_THEME } from '../config';
import { warn } from '../core/log';

export type Rgb = readonly [number, number, number];

/** The two colours text and icons on the accent can take: white, or the panel's own dark ink. */
export const INK = { light: '#fff', dark: '#1b2330' } as const;
const LIGHT: Rgb = [255, 255, 255];
const DARK: Rgb = [0x1b, 0x23, 0x30];

/** `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` and `rgb()`/`rgba()` (as computed styles give colours); null otherwise. */
export function parseColor(value: string): Rgb | null {
  const text = value.trim().toLowerCase();
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const pair = (i: number): number => parseInt(hex.length <= 4 ? hex[i]!.repeat(2) : hex.slice(2 * i, 2 * i + 2), 16);
    return [pair(0), pair(1), pair(2)];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/][^)]*)?\)$/.exec(text);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number): number => {
    const c = Math.min(255, Math.max(0, channel)) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/**
 * The text colour for an accent: the one of white and dark ink with the higher contrast. That is white for every
 * accent on which white reaches 4.5:1 (the default's look). No accent leaves both below about 4:1, so focus rings
 * drawn in this colour on the accent keep 3:1 whatever the host chose.
 */
export function inkOn(accent: Rgb): { ink: string; ratio: number } {
  const light = contrast(accent, LIGHT);
  const dark = contrast(accent, DARK);
  return light >= dark ? { ink: INK.light, ratio: light } : { ink: INK.dark, ratio: dark };
}

/**
 * Sets `--ms-on-accent` on the host element from the configured accent: the panel's header, buttons and focus
 * rings there, and the launcher (styled by the panel's sheet once it is there; the loader has no room for this).
 * An accent given as a name, `hsl()` or `var()` is read from a computed style, once.
 */
export function applyAccentInk(element: HTMLElement, root: ShadowRoot, configured: string): void {
  let accent = configured;
  // No colour at all would leave the launcher and the panel's header without a background, their white text unseen.
  if (!CSS.supports('color', accent)) {
    warn(`theme.accent "${accent}" is no CSS colour; using ${DEFAULT_THEME.accent}.`);
    accent = DEFAULT_THEME.accent;
    element.style.setProperty('--ms-accent', accent, 'important');
  }
  let rgb = parseColor(accent);
  if (!rgb) {
    const probe = document.createElement('i');
    probe.style.setProperty('color', 'var(--ms-accent)');
    root.append(probe);
    rgb = parseColor(getComputedStyle(probe).color);
    probe.remove();
  }
  if (!rgb) return;
  const { ink, ratio } = inkOn(rgb);
  element.style.setProperty('--ms-on-accent', ink, 'important');
  if (ratio < 4.5) warn(`theme.accent "${accent}" gives text on it only ${ratio.toFixed(2)}:1 (WCAG asks 4.5:1); choose a darker or a lighter accent.`);
}
