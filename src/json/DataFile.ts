import type { Dec } from '../decimal/JixiaoDecimal.js';
import type { PresetSelection } from '../presets/createPresetRegistry.js';
import type { Inputs } from '../rules/LeafInput.js';
import type { Scheme } from '../scheme/Scheme.js';
import type { DepartmentInfo } from './dataFileJson.js';

/** A data file read and resolved: the scheme to score, its inputs, and whom they describe. */
export interface DataFile {
  readonly scheme: Scheme;
  readonly inputs: Inputs;
  /** The preset named, when the file named one. */
  readonly preset?: string;
  /** How the preset version was chosen: by its version, by the year evaluated, or as the only one. */
  readonly selection?: {
    readonly reference: string;
    readonly by: PresetSelection['by'];
    readonly year?: number;
  };
  readonly department?: DepartmentInfo;
  readonly project?: {
    readonly name: string;
    readonly department?: string;
    readonly code?: string;
  };
  /**
   * Where the file writes each input it made of its own fields: a table row's results
   * (`['indicators', 'outputs', 0]`) or the budget figures (`['budget']`), by input id. An issue
   * `evaluate` finds at `['inputs', id, …]` is there in the file ({@link placeDataFileIssues}).
   */
  readonly inputPlaces?: Readonly<Record<string, readonly (string | number)[]>>;
  /** 年初预算数 / 全年预算数 / 全年执行数, as given. */
  readonly budget?: {
    readonly initial?: Dec;
    readonly fullYear: Dec;
    readonly executed: Dec;
    readonly unit?: string;
  };
}
