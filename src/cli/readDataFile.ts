import type { Result } from '../issues/Result.js';
import type { DataFile } from '../json/DataFile.js';
import { quickDataFile } from '../json/quickDataFile.js';
import { resolveDataFile } from '../json/resolveDataFile.js';
import { shippedPresets } from '../presets/presets.js';
import { lazyModule } from './lazyModule.js';

/** parseDataFile's module, with zod: loaded only for a file the quick reader declines. */
const fullReader = lazyModule(() => import('../json/parseDataFile.js'));

/**
 * Loads parseDataFile, the data-file reader with zod, so that {@link readDataFile} reads any
 * file at once, without waiting (`loadCommands` loads it with `score`).
 *
 * @returns when it is loaded
 *
 * @example
 * await loadDataFileReader(); // then readDataFile(json) is never a promise
 */
export async function loadDataFileReader(): Promise<void> {
  await fullReader.load();
}

/**
 * Reads a data file's parsed JSON as parseDataFile does, with the shipped presets, loading zod
 * only when it must: a well-formed file naming a preset is read without it (by quickDataFile,
 * then resolved, built and prepared as parseDataFile does), anything else by parseDataFile, with
 * exactly its issues, codes and paths. The command line starts faster for not loading zod.
 *
 * @param json - the file's content, as `JSON.parse` returns it
 * @returns what `parseDataFile(json)` returns: at once, or as a promise when parseDataFile has to
 *   be loaded first (see {@link loadDataFileReader})
 *
 * @example
 * const data = readDataFile(JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8')));
 * // → { ok: true, value: { scheme, inputs, … } }, at once: the example is well-formed
 */
export function readDataFile(json: unknown): Result<DataFile> | Promise<Result<DataFile>> {
  const fields = quickDataFile(json);
  // parseDataFile(json) with no options reads the same fields first, then resolves them so.
  if (fields !== undefined) return resolveDataFile(json, fields, shippedPresets);
  const loaded = fullReader.loaded();
  if (loaded !== undefined) return loaded.parseDataFile(json);
  return fullReader.load().then(({ parseDataFile }) => parseDataFile(json));
}
