import { trimZeros } from '../decimal/trimZeros.js';
import type { Evaluation, NodeResult } from '../evaluation/Evaluation.js';
import type { Language } from '../issues/Language.js';
import { localize } from '../issues/LocalizedText.js';
import { requireEvaluation } from '../evaluation/requireEvaluation.js';
import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import { summarizeLeaf } from './summarizeLeaf.js';

/** One row of a score sheet (评分表), in tree order. */
export interface ScoreSheetRow {
  /** 1 for 一级 indicators, 2 for their children, and so on. */
  readonly depth: number;
  readonly id: string;
  readonly name: string;
  readonly weight: string;
  /** 得分, or `—` for a leaf left out as not applicable. */
  readonly score: string;
  /** 得分率 with its percent sign, or empty. */
  readonly scoreRate: string;
  readonly note: string;
}

/**
 * Flattens an evaluation into the rows of a score sheet, as the report's 评分表 lists them:
 * indicator, 分值, 得分, 得分率 and a short 说明. Ids and names are the evaluation's own, as written
 * (a renderer folds or escapes them for its format); the 说明 is one line (see {@link summarizeLeaf}).
 *
 * @param evaluation - the evaluation
 * @param options - `lang` (`zh` default), and `trim` to write scores as reports do (9.96, 20, 7.5)
 * @returns the rows, categories before their children
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than an
 *   evaluation, or options that are not an object or name another language
 *
 * @example
 * scoreSheetRows(evaluation)[0]?.name; // "履职效能"
 */
export function scoreSheetRows(
  evaluation: Evaluation,
  options: { readonly lang?: Language; readonly trim?: boolean } = {},
): readonly ScoreSheetRow[] {
  requireEvaluation(evaluation);
  const lang = requireLanguage(requireOptions(options)['lang'], 'options.lang');
  const show = (text: string): string => (options.trim === true ? trimZeros(text) : text);
  const rows: ScoreSheetRow[] = [];
  const visit = (node: NodeResult, depth: number): void => {
    rows.push({
      depth,
      id: node.id,
      name: localize(node.name, lang),
      weight: node.weight,
      score: node.score === null ? '—' : show(node.score),
      scoreRate: node.scoreRatePercent === null ? '' : `${node.scoreRatePercent}%`,
      note: node.type === 'leaf' ? summarizeLeaf(node, lang) : '',
    });
    if (node.type === 'category')
      node.children.forEach((child) => {
        visit(child, depth + 1);
      });
  };
  evaluation.indicators.forEach((node) => {
    visit(node, 1);
  });
  return rows;
}
