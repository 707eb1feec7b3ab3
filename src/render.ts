// jixiao/render: an evaluation written for people: a terminal table, Markdown, CSV, the rows of
// a 自评表, one leaf summed up in a line, and a rule described in words. Loads only decimal.js.
export { renderTable } from './render/renderTable.js';
export { renderMarkdown } from './render/renderMarkdown.js';
export { renderCsv } from './render/renderCsv.js';
export { scoreSheetRows, type ScoreSheetRow } from './render/scoreSheetRows.js';
export { summarizeLeaf } from './render/summarizeLeaf.js';
export { displayWidth } from './render/displayWidth.js';
export { describeRule } from './render/describeRule.js';
