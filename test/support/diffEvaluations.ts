import { readFileSync } from 'node:fs';
import { evaluate } from '../../src/evaluate/evaluate.js';
import type { Evaluation } from '../../src/evaluation/Evaluation.js';
import { parseDataFile } from '../../src/json/parseDataFile.js';

const root = new URL('../..', import.meta.url);

/**
 * A data file of the repository scored, as `jixiao score` scores it.
 *
 * @param path - the file, from the repository root
 * @returns its evaluation
 */
export function scoredDataFile(path: string): Evaluation {
  const json: unknown = JSON.parse(readFileSync(new URL(path, root), 'utf8'));
  const data = parseDataFile(json);
  if (!data.ok) throw new Error(data.issues.map((issue) => issue.message.en).join('\n'));
  const result = evaluate(data.value.scheme, data.value.inputs);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message.en).join('\n'));
  return result.value;
}

/** The Nanzhou 2023 example, scored. */
export const nanzhou2023: Evaluation = scoredDataFile('examples/nanzhou-2023.json');

/**
 * The 2023 data changed by hand (test/fixtures/diff/nanzhou-2024.json), scored: one score
 * (绩效管理制度建设 未完成 → 完成), the budget execution, a pair of weights (3 → 4, 3 → 2), a
 * leaf added and one removed, a leaf renamed under its id, a leaf under a new id whose name is
 * only respaced, and a leaf moved from 数量指标 to 质量指标.
 */
export const nanzhou2024: Evaluation = scoredDataFile('test/fixtures/diff/nanzhou-2024.json');
