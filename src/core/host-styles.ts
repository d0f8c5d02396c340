/**
 * Styles of the host element and the launcher. Inner `!important` declarations outrank the page's own
 * `!important` rules on `med-support`; `all: initial` stops inherited fonts, colours and sizes leaking in.
 * Only px units: `rem` would follow the host page's `html { font-size }`. The launcher's focus ring is two-tone
 * (white inside, blue outside), so it shows at 3:1 on light and dark host pages alike. While the panel is open the
 * launcher shows a close mark instead of the speech bubble. `--ms-offset-x`/`-y`, set by the host on `med-support`,
 * move launcher and panel away from the corner (custom properties pass `all:initial`).
 */
export const HOST_CSS = `:host{all:initial!important;display:block!important;position:fixed!important;inset:auto!important;width:0!important;height:0!important;margin:0!important;padding:0!important;border:0!important;overflow:visible!important;z-index:var(--ms-z)!important;direction:ltr!important;unicode-bidi:isolate!important;visibility:visible!important;opacity:1!important;transform:none!important;filter:none!important;contain:none!important;}
*,:before,:after{box-sizing:border-box}
.launcher{all:initial;position:fixed;bottom:var(--ms-offset-y,20px);right:var(--ms-offset-x,20px);z-index:1;display:flex;align-items:center;justify-content:center;gap:8px;min-width:56px;height:56px;padding:0 16px;border-radius:28px;background:var(--ms-accent);color:#fff;font:600 15px/1 var(--ms-font);cursor:pointer;box-shadow:0 4px 14px #0004}
:host([data-position=bottom-left]) .launcher{right:auto;left:var(--ms-offset-x,20px)}
.launcher:focus-visible{outline:3px solid #1a56db;outline-offset:3px;box-shadow:0 0 0 3px #fff,0 4px 14px #0004}
.launcher svg{width:24px;height:24px;fill:currentColor}
.launcher[aria-expanded=true] svg{display:none}
.launcher[aria-expanded=true]:before{content:"×";font:400 32px/1 var(--ms-font)}
.launcher[aria-busy=true]{cursor:progress;opacity:.85}
.launcher[data-failed]{background:#b3261e}
.badge{position:absolute;top:-4px;right:-4px;min-width:22px;height:22px;padding:0 6px;border-radius:11px;background:#b3261e;color:#fff;font:700 12px/22px var(--ms-font);text-align:center;border:2px solid #fff}
.badge[hidden],.launcher-text[hidden]{display:none}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;
