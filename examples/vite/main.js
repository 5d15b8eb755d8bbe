// The package through a bundler (Vite): a bare import; Vite copies the .wasm and the dataset
// into dist/assets, because the package points at them with new URL('./…', import.meta.url).
import { loadShared } from 'sanctions-checker';
// The ready-made element too. loadShared() gives the engine the elements use, so the page
// downloads the lists once (load() would make an engine of its own).
import 'sanctions-checker/define';

const form = document.getElementById('form');
const status = document.getElementById('status');
const list = document.getElementById('hits');

try {
  const engine = await loadShared();
  const dates = engine
    .manifest()
    .sources.map((s) => s.published)
    .filter(Boolean)
    .sort();
  status.textContent = `Ready: lists as of ${dates[0]}.`;
  document.getElementById('check').disabled = false;
  document.body.dataset.state = 'ready';

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    try {
      const report = engine.screen(document.getElementById('name').value);
      // List text is external data: textContent only.
      list.replaceChildren(
        ...report.hits.map((hit) => {
          const item = document.createElement('li');
          item.dataset.list = hit.list;
          item.textContent = `${hit.name} (${hit.list_title}, ${Math.round(hit.score * 100)}%)`;
          return item;
        }),
      );
      status.textContent = report.hits.length
        ? `${report.hits.length} possible matches`
        : 'No match';
    } catch (err) {
      status.textContent = err.message;
    }
  });
} catch (err) {
  status.textContent = `The checker could not start: ${err.message}`;
  document.body.dataset.state = 'failed';
}
