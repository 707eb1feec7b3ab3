import type { Evaluation } from '../evaluation/Evaluation.js';
import type { DataFile } from '../json/parseDataFile.js';
import type { BatchEntry, BatchSubject } from './BatchEntry.js';

/** Whom the data file is about: its department or project, and the year evaluated. */
function subjectOf(data: DataFile): BatchSubject | undefined {
  const department = data.project?.department ?? data.department?.name;
  const year = data.selection?.year ?? data.department?.year;
  const subject: BatchSubject = {
    ...(department === undefined ? {} : { department }),
    ...(data.project === undefined ? {} : { project: data.project.name }),
    ...(year === undefined ? {} : { year }),
  };
  return Object.keys(subject).length === 0 ? undefined : subject;
}

/**
 * The summary's record of a scored document: whom it is about, its scheme, total, grade and the
 * score of each 一级 category.
 *
 * @param index - the document's place in the input, from 0
 * @param name - the document's name (its file)
 * @param data - the data file as parsed
 * @param evaluation - its evaluation
 * @returns the entry
 *
 * @example
 * scoreEntry(0, 'nanzhou.json', data, evaluation).total; // → '91.46'
 */
export function scoreEntry(
  index: number,
  name: string,
  data: DataFile,
  evaluation: Evaluation,
): BatchEntry {
  const subject = subjectOf(data);
  return {
    index,
    name,
    outcome: 'scored',
    ...(subject === undefined ? {} : { subject }),
    scheme: `${evaluation.scheme.id}@${evaluation.scheme.version}`,
    total: evaluation.total,
    fullMarks: evaluation.fullMarks,
    grade: evaluation.grade.grade,
    categories: evaluation.indicators.map((node) => ({
      id: node.id,
      name: node.name,
      weight: node.weight,
      score: node.score,
    })),
  };
}
