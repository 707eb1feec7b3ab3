import { trimZeros } from '../../decimal/trimZeros.js';
import { explainLeaf } from '../../evaluation/explain.js';
import type { Evaluation, LeafResult, NodeResult } from '../../evaluation/Evaluation.js';
import { lineText } from '../../evaluation/lineText.js';
import type { Language } from '../../issues/Language.js';
import { localize } from '../../issues/LocalizedText.js';
import { sheetLabels } from '../sheetLabels.js';
import { summarizeLeaf } from '../summarizeLeaf.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlLabels } from './htmlLabels.js';

/** How deep the tree goes: 3 for 一级/二级/三级. */
function depthOf(nodes: readonly NodeResult[]): number {
  return nodes.reduce(
    (deepest, node) => Math.max(deepest, node.type === 'category' ? 1 + depthOf(node.children) : 1),
    0,
  );
}

/** A leaf's 说明: its short note, opening onto how it was scored and what to review. */
function noteCell(leaf: LeafResult, lang: Language): string {
  const words = htmlLabels[lang];
  const note = summarizeLeaf(leaf, lang);
  const findings =
    leaf.findings.length === 0
      ? ''
      : `<ul>${leaf.findings.map((finding) => `<li>${escapeHtml(lineText(finding.message[lang]))}</li>`).join('')}</ul>`;
  return [
    '<details>',
    `<summary>${escapeHtml(note === '' ? words.explanation : note)}</summary>`,
    `<p class="explanation">${escapeHtml(explainLeaf(leaf, lang))}</p>`,
    findings,
    '</details>',
  ].join('');
}

/**
 * The score sheet as an HTML table: one column per level (一级/二级/三级, a name spanning the
 * levels below it), 分值, 得分, 得分率 and 说明, every leaf's 说明 a `<details>` that opens onto its
 * explanation; the total and grade as the last row. Numbers are the evaluation's own strings
 * (scores with their trailing zeros trimmed, as the other score sheets write them).
 *
 * @param evaluation - the evaluation
 * @param lang - the language of the labels and names
 * @returns the `<table>` element's text
 *
 * @example
 * scoreTableHtml(evaluation, 'zh').startsWith('<table'); // → true
 * @internal
 */
export function scoreTableHtml(evaluation: Evaluation, lang: Language): string {
  const labels = sheetLabels[lang];
  const words = htmlLabels[lang];
  const depth = Math.max(1, depthOf(evaluation.indicators));
  const levels = Array.from(
    { length: depth },
    (_, index) => words.levels[index] ?? words.deeperLevel(index + 1),
  );
  const rows: string[] = [];
  let leafIndex = 0;
  const visit = (node: NodeResult, level: number): void => {
    const name = escapeHtml(lineText(localize(node.name, lang)));
    const span = depth - level + 1;
    const score = node.score === null ? words.notApplicable : trimZeros(node.score);
    const rate = node.scoreRatePercent === null ? '' : `${node.scoreRatePercent}%`;
    const note = node.type === 'leaf' ? noteCell(node, lang) : '';
    const leafId = node.type === 'leaf' ? ` id="leaf-${(leafIndex += 1)}"` : '';
    rows.push(
      [
        `<tr class="depth-${level} ${node.type}"${leafId}>`,
        '<td></td>'.repeat(level - 1),
        `<td class="name"${span > 1 ? ` colspan="${span}"` : ''}>${name}</td>`,
        `<td class="number">${escapeHtml(node.weight)}</td>`,
        `<td class="number">${escapeHtml(score)}</td>`,
        `<td class="number">${escapeHtml(rate)}</td>`,
        `<td class="note">${note}</td>`,
        '</tr>',
      ].join(''),
    );
    if (node.type === 'category')
      node.children.forEach((child) => {
        visit(child, level + 1);
      });
  };
  evaluation.indicators.forEach((node) => {
    visit(node, 1);
  });
  const grade = escapeHtml(lineText(localize(evaluation.grade.name, lang)));
  return [
    '<table class="sheet">',
    '<thead><tr>',
    ...levels.map((level) => `<th scope="col">${escapeHtml(level)}</th>`),
    `<th scope="col" class="number">${labels.weight}</th>`,
    `<th scope="col" class="number">${labels.score}</th>`,
    `<th scope="col" class="number">${labels.rate}</th>`,
    `<th scope="col">${labels.note}</th>`,
    '</tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody>',
    '<tfoot>',
    `<tr class="total"><td colspan="${depth}">${labels.total}</td>`,
    `<td class="number">${escapeHtml(evaluation.fullMarks)}</td>`,
    `<td class="number">${escapeHtml(trimZeros(evaluation.total))}</td>`,
    `<td class="number">${escapeHtml(evaluation.scoreRatePercent)}%</td>`,
    `<td>${labels.grade}${labels.colon}${grade}</td></tr>`,
    '</tfoot>',
    '</table>',
  ].join('\n');
}
