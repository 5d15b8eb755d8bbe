// The classic-script build (dist/sanctions-checker.classic.js): one file, no modules, for
// portals that cannot use <script type="module">. Everything is inside, the engine and the
// default lists too, so it also works from a page opened with file://.
//
//   <script src="sanctions-checker.classic.js"></script>          registers <sanctions-checker>
//   <script src="sanctions-checker.classic.js" data-tag="kyc-check"></script>   another tag
//   <script src="sanctions-checker.classic.js" data-define="false"></script>   no tag
//
// window.SanctionsChecker = { load, loadShared, loadListFiles, SanctionsCheckerError,
//                             SanctionsCheckerElement, defineSanctionsChecker }

import { load, loadListFiles, loadShared, SanctionsCheckerError } from './classic-api.js';
import { SanctionsCheckerElement, defineSanctionsChecker } from './element.js';

window.SanctionsChecker = Object.freeze({
  load,
  loadShared,
  loadListFiles,
  SanctionsCheckerError,
  SanctionsCheckerElement,
  defineSanctionsChecker,
});

// currentScript is this <script> only while it runs for the first time, which is now.
const script = document.currentScript;
if (script?.dataset.define !== 'false') {
  try {
    defineSanctionsChecker(script?.dataset.tag || 'sanctions-checker');
  } catch (err) {
    // A bad data-tag must not take window.SanctionsChecker down with it.
    console.error(`sanctions-checker: ${err.message}`);
  }
}
