// The bundled examples scored and written as score workbooks, as `jixiao score FILE -o x.xlsx`
// writes them (budget block and grade bands from the data file), for the workbook tests.
import { readFileSync } from 'node:fs';
import { evaluate, type Evaluation } from '../../src/index.js';
import { parseDataFile } from '../../src/json.js';
import { xlsxWriter } from '../../src/cli/exports/xlsxWriter.js';

export const exampleNames = ['nanzhou-2023', 'project-2024'] as const;
export type ExampleName = (typeof exampleNames)[number];

/** An example's data file as JSON, to be changed before it is scored. */
export function exampleJson(name: ExampleName): Record<string, unknown> {
  const url = new URL(`../../examples/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

/**
 * A data file (as JSON) scored and written as the CLI writes it.
 *
 * @param json - the data file
 * @returns the evaluation and the workbook's bytes
 */
export async function scoredWorkbook(
  json: unknown,
): Promise<{ evaluation: Evaluation; bytes: Uint8Array }> {
  const data = parseDataFile(json);
  if (!data.ok) throw new Error(JSON.stringify(data.issues, null, 2));
  const evaluation = evaluate(data.value.scheme, data.value.inputs);
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.issues, null, 2));
  const bytes = await xlsxWriter.score(evaluation.value, data.value, 'zh');
  if (!bytes.ok) throw new Error(JSON.stringify(bytes.issues, null, 2));
  if (typeof bytes.value === 'string') throw new Error('the workbook writer wrote text');
  return { evaluation: evaluation.value, bytes: bytes.value };
}
