import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import type { Language } from '../../issues/Language.js';
import type { CliEnvironment } from '../CliEnvironment.js';
import { decodeInput, readInputBytes } from '../readInput.js';
import { inputName } from '../inputName.js';
import type { BatchTask } from './BatchTask.js';

/** The tasks of a batch, or the issues that stop it before any document is read. */
export type CollectedTasks =
  | { readonly ok: true; readonly tasks: readonly BatchTask[]; readonly notes: readonly string[] }
  | { readonly ok: false; readonly issues: readonly [Issue, ...Issue[]] };

/** Whether a name ends with one of the extensions, in any case. */
const hasExtension = (name: string, extensions: readonly string[]): boolean => {
  const lower = name.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension));
};

/**
 * The files of a directory and its subdirectories with one of the extensions, in name order
 * (by code point, at each level), skipping hidden entries (a name starting with `.`) and never
 * descending a linked directory.
 */
function filesUnder(
  environment: CliEnvironment,
  directory: string,
  extensions: readonly string[],
): string[] {
  const list = environment.listDirectory?.(directory) ?? [];
  const join = environment.joinPath ?? ((parent: string, name: string) => `${parent}/${name}`);
  const sorted = [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of sorted) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.kind === 'directory') files.push(...filesUnder(environment, path, extensions));
    else if (entry.kind === 'file' && hasExtension(entry.name, extensions)) files.push(path);
  }
  return files;
}

/**
 * What a batch reads, in order: each file named, each directory's files with the command's
 * extensions (recursively, in name order), or, with `--ndjson`, each non-empty line of standard
 * input as one document (named `-:N`, N its line). A directory with no such file is a note, not
 * an error; a batch with no document at all is `no_documents`.
 *
 * @param environment - file access
 * @param args - the files and directories named (`-` is standard input)
 * @param ndjson - whether standard input holds one document per line
 * @param extensions - the extensions a directory is searched for
 * @param lang - the language of the notes
 * @returns the tasks and notes, or the issues
 *
 * @example
 * collectTasks(environment, ['reports/'], false, ['.json'], 'en'); // → tasks for reports/a.json, reports/sub/b.json
 */
export function collectTasks(
  environment: CliEnvironment,
  args: readonly string[],
  ndjson: boolean,
  extensions: readonly string[],
  lang: Language,
): CollectedTasks {
  const names: { readonly name: string; readonly path?: string; readonly text?: string }[] = [];
  const notes: string[] = [];
  if (ndjson) {
    const read = readInputBytes(environment, '-');
    if (!read.ok) return { ok: false, issues: read.issues };
    const decoded = decodeInput('-', read.value);
    if (!decoded.ok) return { ok: false, issues: decoded.issues };
    decoded.value.text.split('\n').forEach((line, at) => {
      const text = line.endsWith('\r') ? line.slice(0, -1) : line;
      if (text.trim() !== '') names.push({ name: `-:${at + 1}`, text });
    });
  }
  for (const arg of args) {
    if (arg === '-' && ndjson) continue;
    const listed = arg === '-' ? undefined : environment.listDirectory?.(arg);
    if (listed === undefined) {
      names.push({ name: arg, path: arg });
      continue;
    }
    const files = filesUnder(environment, arg, extensions);
    if (files.length === 0)
      notes.push(
        lang === 'zh'
          ? `注意：文件夹 ${inputName(arg).zh} 中没有 ${extensions.join('、')} 文件`
          : `Note: the directory ${inputName(arg).en} holds no ${extensions.join(', ')} file`,
      );
    for (const file of files) names.push({ name: file, path: file });
  }
  if (names.length === 0)
    return {
      ok: false,
      issues: [
        createIssue('no_documents', [], {
          zh: `没有可读取的文档：所给的文件夹中没有 ${extensions.join('、')} 文件${ndjson ? '，标准输入中也没有非空行' : ''}`,
          en: `No document to read: the directories given hold no ${extensions.join(', ')} file${ndjson ? ', and standard input has no non-empty line' : ''}`,
        }),
      ],
    };
  return { ok: true, tasks: names.map((task, index) => ({ index, ...task })), notes };
}
