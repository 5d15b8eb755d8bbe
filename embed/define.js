// Registers <sanctions-checker> (the side effect is the point of this file):
//
//   <script type="module" src="node_modules/sanctions-checker/define.js"></script>
//   <sanctions-checker lang="ru"></sanctions-checker>
//
// A host that wants another tag imports element.js and calls defineSanctionsChecker('its-tag').
import { defineSanctionsChecker } from './element.js';

defineSanctionsChecker();
