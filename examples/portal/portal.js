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

// The portal's own form goes nowhere in this demo.
document.getElementById('track-form').addEventListener('submit', (event) => {
  event.preventDefault();
  logLine('tracking is not part of this demo');
});
