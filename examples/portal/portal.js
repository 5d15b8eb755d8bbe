// The portal's own script: registers <sanctions-checker>, logs what the checkers report, and
// drives the first checker from a portal button. Log lines go in through textContent: the
// names in them were typed by users or come from the lists.
import '../../pkg/define.js';

const log = document.getElementById('log');

function logLine(text) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString('en-GB')} ${text}`;
  log.prepend(item);
}

document.addEventListener('sanctions-checker-ready', (event) => {
  const { manifest } = event.detail;
  logLine(`${event.target.id}: ready, ${manifest.sources.length} lists, built ${manifest.built}`);
});

document.addEventListener('sanctions-checker-result', (event) => {
  const { kind, query, report } = event.detail;
  const item = event.target.id;
  if (kind === 'partner') {
    const lists = [...new Set(report.hits.map((h) => h.list))].join(', ');
    logLine(
      `${item}: "${query.name}": ${report.hits.length} hit(s)${lists ? ` on ${lists}` : ''}`,
    );
    log.firstElementChild.dataset.hits = String(report.hits.length);
  } else {
    const status = 'candidates' in report ? `${report.candidates.length} candidate(s)` : report.status;
    logLine(`${item}: goods "${query}": ${status}`);
  }
});

document.addEventListener('sanctions-checker-error', (event) => {
  logLine(`${event.target.id}: error: ${event.detail.message}`);
});

document.getElementById('check-demo').addEventListener('click', () => {
  document
    .getElementById('partner-checker')
    .check({ name: 'Eric Badege' })
    .catch(() => {
      // Reported through the error event, logged above.
    });
});

// The third instance: the iframe embed (pkg/frame.html), as a portal with a policy that admits
// no foreign script would use it. The frame is told which origin may talk to it (this one), and
// only its messages are taken in.
const FRAME_URL = new URL('../../pkg/frame.html', import.meta.url);
let frame = null;

document.getElementById('frame-open').addEventListener('click', (event) => {
  event.currentTarget.disabled = true;
  frame = document.createElement('iframe');
  frame.id = 'frame-checker';
  frame.title = 'Sanctions check (iframe embed)';
  frame.height = '360';
  const src = new URL(FRAME_URL);
  src.search = new URLSearchParams({ lang: 'kk', mode: 'both', origin: location.origin });
  frame.src = src.href;
  document.getElementById('iframe-slot').replaceChildren(frame);
});

window.addEventListener('message', (event) => {
  if (!frame || event.source !== frame.contentWindow || event.origin !== FRAME_URL.origin) return;
  const message = event.data;
  switch (message?.type) {
    case 'sanctions-checker:ready':
      logLine(`frame-checker: ready, ${message.manifest.sources.length} lists`);
      document.getElementById('frame-demo').disabled = false;
      break;
    case 'sanctions-checker:result': {
      const hits = message.kind === 'partner' ? message.report.hits : [];
      const who = message.id === null ? 'user' : `request ${message.id}`;
      logLine(`frame-checker (${who}): "${message.query.name ?? message.query}": ${hits.length} hit(s)`);
      log.firstElementChild.dataset.hits = String(hits.length);
      break;
    }
    case 'sanctions-checker:error':
      logLine(`frame-checker: error: ${message.message}`);
      break;
    case 'sanctions-checker:resize':
      // The frame's content height: the portal sizes the frame so it never scrolls inside.
      frame.height = String(message.height);
      break;
    default:
  }
});

let requests = 0;
document.getElementById('frame-demo').addEventListener('click', () => {
  requests += 1;
  frame.contentWindow.postMessage(
    { type: 'sanctions-checker:check', id: requests, query: { name: 'Viktor Bout' } },
    FRAME_URL.origin,
  );
});

// The portal's own form goes nowhere in this demo.
document.getElementById('track-form').addEventListener('submit', (event) => {
  event.preventDefault();
  logLine('tracking is not part of this demo');
});
