import type { Evaluation } from '../evaluation/Evaluation.js';
import type { Issue } from '../issues/Issue.js';
import type { DataFile } from '../json/parseDataFile.js';
import type { BatchEntry } from './BatchEntry.js';

/** One document of a batch scored: its data file and evaluation, or the issues that stopped it. */
export type ScoredDocument =
  | {
      readonly ok: true;
      readonly index: number;
      readonly name: string;
      readonly data: DataFile;
      readonly evaluation: Evaluation;
      /** What the batch summary keeps of it. */
      readonly entry: BatchEntry;
    }
  | {
      readonly ok: false;
      readonly index: number;
      readonly name: string;
      readonly issues: readonly [Issue, ...Issue[]];
      readonly entry: BatchEntry;
    };
