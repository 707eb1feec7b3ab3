import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import type { Language } from '../../issues/Language.js';
import type { CliEnvironment } from '../CliEnvironment.js';
import { decodeInput, readInputBytes } from '../readInput.js';
import { inputName } from '../inputName.js';
import { messages } from '../messages.js';
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
  found: { readonly files: string[]; readonly skipped: string[] },
): void {
  const list = environment.listDirectory?.(directory);
  if (list === undefined) {
    found.skipped.push(directory);
    return;
  }
  const join = environment.joinPath ?? ((parent: string, name: string) => `${parent}/${name}`);
  const sorted = [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of sorted) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.kind === 'directory') filesUnder(environment, path, extensions, found);
    else if (!hasExtension(entry.name, extensions)) continue;
    else if (entry.kind === 'file') found.files.push(path);
    else if (entry.kind === 'other') found.skipped.push(path);
  }
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
  const names: {
    readonly name: string;
    readonly path?: string;
    readonly text?: string;
    readonly bytes?: Uint8Array;
  }[] = [];
  const notes: string[] = [];
  const note = (zh: string, en: string): void => {
    notes.push(lang === 'zh' ? zh : en);
  };
  if (ndjson) {
    const read = readInputBytes(environment, '-');
    if (!read.ok) return { ok: false, issues: read.issues };
    const decoded = decodeInput('-', read.value);
    if (!decoded.ok) return { ok: false, issues: decoded.issues };
    if (decoded.value.encoding === 'gb18030')
      note(
        messages.zh.decodedAsGb18030(inputName('-').zh),
        messages.en.decodedAsGb18030(inputName('-').en),
      );
    decoded.value.text.split('\n').forEach((line, at) => {
      const text = line.endsWith('\r') ? line.slice(0, -1) : line;
      if (text.trim() !== '') names.push({ name: `-:${at + 1}`, text });
    });
  }
  for (const arg of args) {
    if (arg === '-') {
      if (ndjson) continue;
      // Standard input is read here, once: a worker thread has none of its own.
      const read = readInputBytes(environment, '-');
      if (!read.ok) return { ok: false, issues: read.issues };
      names.push({ name: arg, bytes: read.value });
      continue;
    }
    if (environment.listDirectory?.(arg) === undefined) {
      names.push({ name: arg, path: arg });
      continue;
    }
    const found: { files: string[]; skipped: string[] } = { files: [], skipped: [] };
    filesUnder(environment, arg, extensions, found);
    if (found.files.length === 0)
      note(
        `注意：文件夹 ${inputName(arg).zh} 中没有 ${extensions.join('、')} 文件`,
        `Note: the directory ${inputName(arg).en} holds no ${extensions.join(', ')} file`,
      );
    for (const skipped of found.skipped)
      note(
        `注意：跳过 ${inputName(skipped).zh}：无法列出或不是普通文件（如失效的链接）`,
        `Note: skipped ${inputName(skipped).en}: it cannot be listed or is not a regular file (a broken link, say)`,
      );
    for (const file of found.files) names.push({ name: file, path: file });
  }
  if (names.length === 0)
    return {
      ok: false,
      issues: [
        createIssue('no_documents', [], {
          zh: ndjson
            ? '没有可读取的文档：标准输入中没有非空行'
            : `没有可读取的文档：所给的文件夹中没有 ${extensions.join('、')} 文件`,
          en: ndjson
            ? 'No document to read: standard input has no non-empty line'
            : `No document to read: the directories given hold no ${extensions.join(', ')} file`,
        }),
      ],
    };
  return { ok: true, tasks: names.map((task, index) => ({ index, ...task })), notes };
}
