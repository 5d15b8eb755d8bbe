// The element's style sheet, adopted into each shadow root as a constructed CSSStyleSheet: no
// <style> element and no style attribute, so a host page whose CSP says `style-src 'self'`
// (no 'unsafe-inline') shows the widget styled.
//
// Theming is through the custom properties below (they inherit into the shadow tree, unlike
// every other host rule) and through the `part` names the markup carries (`::part(button)`).
// Every inherited property (font, colour, line height, letter spacing, text transform, ...)
// is reset on :host and again on .box, because a host rule that matches the host element
// itself (`* { ... !important }`) beats :host; nothing outside matches .box.
export const CSS = `
:host {
  all: initial;
  display: block;
}
:host([hidden]) {
  display: none;
}
.box {
  all: initial;
  display: block;
  box-sizing: border-box;
  font-family: var(--sanctions-checker-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
  font-size: var(--sanctions-checker-font-size, 15px);
  line-height: 1.45;
  color: var(--sanctions-checker-text, #1f2933);
  background: var(--sanctions-checker-background, #ffffff);
  border: 1px solid var(--sanctions-checker-border, #cbd2d9);
  border-radius: var(--sanctions-checker-radius, 8px);
  padding: var(--sanctions-checker-padding, 1em);
  text-align: start;
}
*, *::before, *::after {
  box-sizing: border-box;
}
.vh {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}
[hidden] {
  display: none !important;
}
p, ol, ul, dl, dd, h2, h3 {
  margin: 0;
}
h2 {
  font-size: 1.1em;
  font-weight: 650;
  margin-bottom: 0.5em;
}
input, select, button {
  font: inherit;
  color: inherit;
  letter-spacing: normal;
  text-transform: none;
  text-shadow: none;
  margin: 0;
}
input, select {
  display: block;
  width: 100%;
  min-width: 0;
  padding: 0.4em 0.55em;
  color: var(--sanctions-checker-text, #1f2933);
  background: var(--sanctions-checker-field-background, #ffffff);
  border: 1px solid var(--sanctions-checker-field-border, #7b8794);
  border-radius: calc(var(--sanctions-checker-radius, 8px) / 2);
}
input[aria-invalid='true'] {
  border-color: var(--sanctions-checker-danger, #b42318);
}
button {
  padding: 0.45em 1.1em;
  font-weight: 600;
  color: var(--sanctions-checker-accent-text, #ffffff);
  background: var(--sanctions-checker-accent, #1a56db);
  border: 1px solid transparent;
  border-radius: calc(var(--sanctions-checker-radius, 8px) / 2);
  cursor: pointer;
}
button:disabled {
  opacity: 0.6;
  cursor: default;
}
:focus-visible {
  outline: 3px solid var(--sanctions-checker-focus, #f59e0b);
  outline-offset: 2px;
}
label {
  display: block;
  font-weight: 600;
  font-size: 0.9em;
  margin-bottom: 0.2em;
}
.optional {
  font-weight: 400;
  color: var(--sanctions-checker-muted, #52606d);
}
.fields {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(11em, 1fr));
  gap: 0.6em 1em;
  align-items: end;
}
.field-name {
  grid-column: 1 / -1;
}
.actions {
  margin-top: 0.75em;
}
.compact .oneline {
  display: flex;
  gap: 0.5em;
  align-items: stretch;
}
.compact .oneline input {
  flex: 1;
}
.compact h2 {
  font-size: 1em;
  margin-bottom: 0.3em;
}
.error {
  margin-top: 0.5em;
  color: var(--sanctions-checker-danger, #b42318);
  font-weight: 600;
}
.tabs {
  display: flex;
  gap: 0.25em;
  margin-bottom: 0.75em;
  border-bottom: 1px solid var(--sanctions-checker-border, #cbd2d9);
}
.tabs button {
  color: inherit;
  background: transparent;
  border: 0;
  border-bottom: 3px solid transparent;
  border-radius: 0;
  padding: 0.3em 0.8em;
  font-weight: 500;
}
.tabs button[aria-selected='true'] {
  border-bottom-color: var(--sanctions-checker-accent, #1a56db);
  font-weight: 700;
}
.status {
  margin-top: 0.6em;
  font-size: 0.9em;
  color: var(--sanctions-checker-muted, #52606d);
}
.results:not(:empty) {
  margin-top: 0.75em;
}
.hits {
  list-style: none;
  padding: 0;
  display: grid;
  gap: 0.6em;
}
.hit, .rule, .candidate {
  padding: 0.55em 0.8em;
  border-left: 4px solid var(--sanctions-checker-danger, #b42318);
  border-radius: calc(var(--sanctions-checker-radius, 8px) / 2);
  background: var(--sanctions-checker-hit-background, #fdf3f2);
}
.hit-head {
  display: flex;
  justify-content: space-between;
  gap: 1em;
  align-items: baseline;
}
.hit-name {
  font-weight: 700;
}
.hit-score {
  white-space: nowrap;
  font-weight: 700;
  color: var(--sanctions-checker-danger, #b42318);
}
.hit-alias, .hit-list, .hit-why, .goods-line {
  margin-top: 0.25em;
  font-size: 0.92em;
}
.hit-why {
  color: var(--sanctions-checker-muted, #52606d);
}
meter {
  display: block;
  width: 100%;
  height: 0.5em;
  margin-top: 0.3em;
  background: var(--sanctions-checker-track, #e4e7eb);
  border: 0;
  border-radius: 0.25em;
}
meter::-webkit-meter-bar {
  background: var(--sanctions-checker-track, #e4e7eb);
  border: 0;
  border-radius: 0.25em;
  height: 0.5em;
}
meter::-webkit-meter-optimum-value,
meter::-webkit-meter-suboptimum-value,
meter::-webkit-meter-even-less-good-value {
  background: var(--sanctions-checker-danger, #b42318);
  border-radius: 0.25em;
}
meter::-moz-meter-bar {
  background: var(--sanctions-checker-danger, #b42318);
}
.no-match, .goods-clear {
  padding: 0.55em 0.8em;
  border-left: 4px solid var(--sanctions-checker-success, #1e7b34);
  border-radius: calc(var(--sanctions-checker-radius, 8px) / 2);
  background: var(--sanctions-checker-clear-background, #eef8f0);
}
.no-match-title, .goods-verdict-title {
  font-weight: 700;
}
.goods-verdict {
  padding: 0.55em 0.8em;
  border-left: 4px solid var(--sanctions-checker-danger, #b42318);
  border-radius: calc(var(--sanctions-checker-radius, 8px) / 2);
  background: var(--sanctions-checker-hit-background, #fdf3f2);
}
.goods-verdict.goods-clear {
  border-left-color: var(--sanctions-checker-success, #1e7b34);
  background: var(--sanctions-checker-clear-background, #eef8f0);
}
.rules {
  list-style: none;
  padding: 0;
  margin-top: 0.5em;
  display: grid;
  gap: 0.4em;
}
.freshness {
  margin-top: 0.6em;
  font-size: 0.82em;
  color: var(--sanctions-checker-muted, #52606d);
}
.compact .hit-list, .compact .freshness {
  font-size: 0.8em;
}
`;

/** One sheet per window, shared by every instance there (a sheet adopts only into its own document). */
let sheet = null;

export function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
