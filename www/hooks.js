// Seams between the parts of the page, so that each part stays in its own module: the partner
// check does not know about history or decisions, it only offers these two hooks.
//
//   onCheck(listener)          listener({ type: 'partner'|'goods'|'batch', query, report,
//                               manifest, time }) after every finished check; may return a
//                               promise (e.g. saving it to history). Errors are logged, never
//                               shown as a failed check.
//   beforeRender(annotator)    annotator(report, query) may add fields to the report's hits
//                               (e.g. a saved decision) before they are drawn; may be async.
//   decorateHit(decorator)     decorator(card, hit, query) adds controls to a hit's card
//                               (decisions) before it is shown.
//   decorateResults(decorator) decorator(container, report, query) adds to a drawn answer
//                               once its hits are in place (a count of suppressed hits, a
//                               print button).

const checkListeners = [];
const hitDecorators = [];
const annotators = [];
const resultDecorators = [];

export function beforeRender(annotator) {
  annotators.push(annotator);
}

/** Lets every annotator add to a report's hits before they are drawn. */
export async function annotate(report, query) {
  for (const annotator of annotators) {
    try {
      await annotator(report, query);
    } catch (err) {
      console.warn('sanctions-checker: a hit annotator failed', err);
    }
  }
}

export function onCheck(listener) {
  checkListeners.push(listener);
}

export function decorateHit(decorator) {
  hitDecorators.push(decorator);
}

/** Tells every listener about a finished check; resolves when all have had their say. */
export async function checkFinished(event) {
  const full = { time: new Date().toISOString(), ...event };
  await Promise.all(
    checkListeners.map(async (listener) => {
      try {
        await listener(full);
      } catch (err) {
        console.warn('sanctions-checker: a check listener failed', err);
      }
    }),
  );
}

/** Lets every decorator add to a hit's card. */
export function decorate(card, hit, query) {
  for (const decorator of hitDecorators) {
    try {
      decorator(card, hit, query);
    } catch (err) {
      console.warn('sanctions-checker: a hit decorator failed', err);
    }
  }
}

export function decorateResults(decorator) {
  resultDecorators.push(decorator);
}

/** Lets every results decorator add to a drawn answer. */
export function finishResults(container, report, query) {
  for (const decorator of resultDecorators) {
    try {
      decorator(container, report, query);
    } catch (err) {
      console.warn('sanctions-checker: a results decorator failed', err);
    }
  }
}
