import { createIssue } from './createIssue.js';
import type { Issue } from './Issue.js';
import { failure, type Result } from './Result.js';

/** An optional peer dependency: its package name, the range to install and what needs it. */
export interface OptionalDependency {
  /** The npm package, e.g. `fflate`. */
  readonly name: string;
  /** The version range to install, e.g. `^0.8.0`. */
  readonly version: string;
  /** What needs it, as a phrase: `{ zh: '读取 .pdf 文件', en: 'Reading .pdf files' }`. */
  readonly purpose: { readonly zh: string; readonly en: string };
  /** A function the loaded module must have (`unzipSync`, `getDocument`). */
  readonly entry: string;
}

/**
 * The issue for an optional dependency that could not be loaded.
 *
 * @param dependency - the dependency
 * @param error - why it could not be loaded
 * @returns a `missing_dependency` issue naming the install command
 *
 * @example
 * missingDependency(
 *   { name: 'fflate', version: '^0.8.0', purpose: { zh: '写 .xlsx 文件', en: 'Writing .xlsx files' }, entry: 'zipSync' },
 *   new Error('not found'),
 * ).code; // → 'missing_dependency'
 */
export function missingDependency(dependency: OptionalDependency, error: unknown): Issue {
  const reason = error instanceof Error ? error.message : String(error);
  const { name, version } = dependency;
  const { zh: purpose, en: purposeEn } = dependency.purpose;
  return createIssue(
    'missing_dependency',
    [],
    {
      zh: `${purpose}需要可选依赖 ${name}，但未能载入（${reason}）：请运行 npm install ${name}@${version}`,
      en: `${purposeEn} needs the optional dependency ${name}, which could not be loaded (${reason}): run npm install ${name}@${version}`,
    },
    { expected: `${name}@${version}` },
  );
}

/** Whether a value is an object (or a module namespace) with a function under `key`. */
function hasFunction(value: unknown, key: string): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    return typeof Reflect.get(value, key) === 'function';
  } catch {
    return false;
  }
}

/**
 * Loads an optional dependency, its failure as a `missing_dependency` issue: a loader that
 * rejects or throws, and a module without the function the caller needs, which a custom loader
 * may give. Nothing is loaded until this is called.
 *
 * @param loader - imports the module, as `() => import('fflate')`
 * @param dependency - its name, version range, purpose and required function
 * @returns the module, or the issue
 *
 * @example
 * const fflate = await loadOptionalDependency(() => import('fflate'), {
 *   name: 'fflate',
 *   version: '^0.8.0',
 *   purpose: { zh: '写 .xlsx 文件', en: 'Writing .xlsx files' },
 *   entry: 'zipSync',
 * });
 * fflate.ok; // → true when fflate is installed
 */
export async function loadOptionalDependency<T>(
  loader: () => Promise<T>,
  dependency: OptionalDependency,
): Promise<Result<T>> {
  let loaded: T;
  try {
    loaded = await loader();
  } catch (error: unknown) {
    return failure([missingDependency(dependency, error)]);
  }
  if (!hasFunction(loaded, dependency.entry))
    return failure([
      missingDependency(dependency, `the loaded module has no ${dependency.entry} function`),
    ]);
  return { ok: true, value: loaded };
}
