// The one-line text of human-readable outputs lives in the evaluation layer, so that `explain`
// can use it too; the renderers, the audit and the CLI import it from here.
export { lineText } from '../evaluation/lineText.js';
