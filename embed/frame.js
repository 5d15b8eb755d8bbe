// The iframe embed's side of the postMessage protocol (frame.html). A portal whose policy
// forbids foreign scripts frames this page and talks to it with messages; the screening runs in
// the frame, in the user's browser, like everywhere else.
//
// Every message is a plain object whose `type` starts with "sanctions-checker:".
//
// Host → frame (each may carry an `id`, echoed in the answer):
//   { type: 'sanctions-checker:check', id, query: { name, kind?, dob?, country?, identifier? } }
//   { type: 'sanctions-checker:goods', id, query: '8471 30' | 'ball bearings' | { code } | { text } }
//   { type: 'sanctions-checker:manifest', id }
//   { type: 'sanctions-checker:configure', id, options: { lang?, mode?, threshold?, lists?, compact? } }
// Frame → host:
//   { type: 'sanctions-checker:ready', protocol, manifest }                 once the lists are loaded
//   { type: 'sanctions-checker:result', id, kind, query, report }            a check's answer; id is
//                                           null when the user checked in the frame itself
//   { type: 'sanctions-checker:manifest', id, manifest }
//   { type: 'sanctions-checker:configured', id }
//   { type: 'sanctions-checker:error', id, message }                        id null: not a request's
//   { type: 'sanctions-checker:resize', height }                            content height, CSS px
// Every frame → host message also carries `protocol` (PROTOCOL below).
//
// Who may talk to it: only the window that frames it (`event.source === parent`) and, when the
// address names them (`origin=https://portal.example`, repeatable or comma-separated), only
// those origins; messages from anyone else are ignored without an answer. Answers go back to
// the asking origin only; messages the host did not ask for go to the named origin, or to the
// framing page's origin as the browser reports it.

import { defineSanctionsChecker } from './element.js';

export const PROTOCOL = 1;
const PREFIX = 'sanctions-checker:';
const OPTIONS = ['lang', 'mode', 'threshold', 'lists', 'compact', 'dataset-src'];

defineSanctionsChecker();
const params = new URLSearchParams(location.search);
const allowed = params
  .getAll('origin')
  .flatMap((value) => value.split(','))
  .map((value) => value.trim())
  .filter(Boolean);
const element = document.querySelector('sanctions-checker');
const framed = window.parent !== window;
/** Answers and errors already sent to the host as a request's answer: not sent twice. */
const answered = new WeakSet();

function originAllowed(origin) {
  return allowed.length === 0 || allowed.includes('*') || allowed.includes(origin);
}

/** Where messages the host did not ask for go: never to an origin the address did not allow. */
function hostOrigin() {
  const framing =
    location.ancestorOrigins?.[0] ?? (document.referrer ? new URL(document.referrer).origin : null);
  if (allowed.length === 0 || allowed.includes('*')) return framing ?? '*';
  if (framing && allowed.includes(framing)) return framing;
  return allowed.length === 1 ? allowed[0] : null;
}

function tell(message) {
  const origin = framed ? hostOrigin() : null;
  if (origin === null) return;
  window.parent.postMessage({ ...message, protocol: PROTOCOL }, targetOf(origin));
}

/** postMessage cannot address the opaque origin "null" (a file:// or sandboxed host) by name. */
function targetOf(origin) {
  return origin === 'null' ? '*' : origin;
}

/** Sets the element's attributes from protocol or address options; strings, booleans or lists. */
function configure(options) {
  if (!options || typeof options !== 'object') {
    throw new Error('configure: `options` must be an object such as { lang: "ru" }');
  }
  for (const [key, value] of Object.entries(options)) {
    const name = key === 'datasetSrc' ? 'dataset-src' : key;
    if (!OPTIONS.includes(name)) {
      throw new Error(`configure: unknown option "${key}"; known: ${OPTIONS.join(', ')}`);
    }
    if (value === false || value === null || value === undefined) {
      element.removeAttribute(name);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, Array.isArray(value) ? value.join(',') : String(value));
    }
  }
}

async function answer(type, message) {
  switch (type) {
    case 'check': {
      const report = await element.check(message.query);
      answered.add(report);
      return { type: 'result', kind: 'partner', query: message.query, report };
    }
    case 'goods': {
      const report = await element.checkGoods(message.query);
      answered.add(report);
      return { type: 'result', kind: 'goods', query: message.query, report };
    }
    case 'manifest':
      return { type: 'manifest', manifest: await element.ready };
    case 'configure':
      configure(message.options);
      return { type: 'configured' };
    default:
      throw new Error(
        `unknown request "${PREFIX}${type}"; this frame answers check, goods, manifest and ` +
          `configure (protocol ${PROTOCOL})`,
      );
  }
}

window.addEventListener('message', async (event) => {
  const message = event.data;
  if (event.source !== window.parent || !framed) return;
  if (!message || typeof message !== 'object' || typeof message.type !== 'string') return;
  if (!message.type.startsWith(PREFIX) || !originAllowed(event.origin)) return;
  const id = message.id ?? null;
  const reply = (data) =>
    event.source.postMessage({ ...data, id, protocol: PROTOCOL }, targetOf(event.origin));
  try {
    const data = await answer(message.type.slice(PREFIX.length), message);
    reply({ ...data, type: PREFIX + data.type });
  } catch (err) {
    if (err && typeof err === 'object') answered.add(err);
    reply({ type: `${PREFIX}error`, message: err instanceof Error ? err.message : String(err) });
  }
});

// What the user does in the frame reaches the host too. The element fires its events before
// check() settles, so forwarding waits one task: by then a host request's answer is marked.
element.addEventListener('sanctions-checker-result', (event) => {
  const { kind, query, report } = event.detail;
  setTimeout(() => {
    if (!answered.has(report)) tell({ type: `${PREFIX}result`, id: null, kind, query, report });
  });
});
element.addEventListener('sanctions-checker-error', (event) => {
  const { message, error } = event.detail;
  setTimeout(() => {
    if (!(error && typeof error === 'object' && answered.has(error))) {
      tell({ type: `${PREFIX}error`, id: null, message });
    }
  });
});
try {
  configure(Object.fromEntries(OPTIONS.filter((o) => params.has(o)).map((o) => [o, params.get(o)])));
} catch (err) {
  tell({ type: `${PREFIX}error`, id: null, message: `frame address: ${err.message}` });
}
element.ready.then(
  (manifest) => tell({ type: `${PREFIX}ready`, manifest }),
  () => {}, // the element's error event has said why
);

// The host cannot see into a cross-origin frame: say how tall the content is as it changes.
let lastHeight = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== lastHeight) {
    lastHeight = height;
    tell({ type: `${PREFIX}resize`, height });
  }
}).observe(document.documentElement);
