// The two DOM helpers every module of the page uses. Text goes in through textContent only:
// names and annex texts come from users and lists and must never be parsed as HTML.

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/** Creates an element with optional class, text and test id, the only way the page builds markup. */
export function el(tag, { className, text, testid } = {}, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (testid) node.dataset.testid = testid;
  if (text !== undefined) node.textContent = text;
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Text nodes and <code> elements for a message that marks commands with `backticks`. */
export function withCode(message) {
  return message
    .split('`')
    .map((part, i) =>
      i % 2 === 1 ? el('code', { text: part }) : document.createTextNode(part),
    );
}

/** Puts a short message in the page's live region, for screen-reader users. */
export function announce(message) {
  const region = $('announcer');
  if (!region) return;
  // Cleared first, so the same message twice is announced twice.
  region.textContent = '';
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}
