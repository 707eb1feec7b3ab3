import type { ReportOptions } from '../../audit/reportBlocks.js';
import type { Evaluation } from '../../evaluation/Evaluation.js';
import type { Language } from '../../issues/Language.js';
import type { DataFile } from '../../json/DataFile.js';

/**
 * What a report of a data file is written with: its department's (or project's) name and the
 * year it was chosen for (else the department's year, else the scheme's).
 *
 * @param evaluation - the evaluation
 * @param data - the data file it was scored from
 * @param lang - the language
 * @returns the report's options
 *
 * @example
 * reportOptionsOf(evaluation, data, 'zh'); // → { lang: 'zh', department: '…南洲街道办事处', year: 2023 }
 */
export function reportOptionsOf(
  evaluation: Evaluation,
  data: DataFile,
  lang: Language,
): ReportOptions {
  const { department, project, selection } = data;
  const name = department?.name ?? project?.name;
  const year = selection?.year ?? department?.year ?? evaluation.scheme.effectiveYear;
  return {
    lang,
    ...(name === undefined ? {} : { department: name }),
    ...(year === undefined ? {} : { year }),
  };
}
