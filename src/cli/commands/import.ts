import type { Result } from '../../issues/Result.js';
import { importGrids, importTables, type ImportedText } from '../../tables/import/index.js';
import { readDocument } from '../../tables/readDocument.js';
import type { Exit } from '../Exit.js';
import type { Invocation } from '../Invocation.js';
import { cliIssues } from '../cliIssues.js';
import type { Command } from '../Command.js';
import { io } from '../io.js';
import { missingFile } from '../missingFile.js';
import { importMessages } from './importMessages.js';

/**
 * `jixiao import FILE [-o OUT]`: reads the score table of a text in any layout the table readers
 * know and writes it as a data file (JSON, to standard output or `--output`); what was assumed or
 * skipped is noted on standard error, one line each with its code.
 */
export const importCommand: Command = {
  help: (lang) => importMessages[lang].help,
  options: ['output'],
  run(invocation) {
    const { environment, lang, args } = invocation;
    const text = importMessages[lang];
    const [file, ...extra] = args;
    if (file === undefined) return missingFile(environment, lang, text.help);
    if (extra.length > 0) {
      return io.report(environment, lang, [cliIssues.unexpectedArguments(extra)]);
    }
    const read = io.readReport(environment, lang, file);
    if (!read.ok) return read.exit;
    const write = (imported: Result<ImportedText>): Exit => {
      if (!imported.ok) return io.printIssues(environment, lang, file, imported.issues);
      return writeImported(invocation, imported.value);
    };
    if ('text' in read.value) return write(importTables(read.value.text));
    return readDocument(read.value.bytes).then((document) =>
      document.ok
        ? write(importGrids(document.value.grids))
        : io.printIssues(environment, lang, file, document.issues),
    );
  },
};

/** Writes an imported data file, its notes on standard error, and returns the exit code. */
function writeImported({ environment, lang, options }: Invocation, imported: ImportedText): Exit {
  const text = importMessages[lang];
  const { data, notes } = imported;
  if (notes.length > 0) {
    const lines = notes.map(
      (note) =>
        `  ${note.path.length === 0 ? '' : `${note.path.join('.')}: `}${note.message[lang]} [${note.code}]`,
    );
    environment.stderr(`${text.skippedHeading}\n${lines.join('\n')}\n`);
  }
  return io.writeOutput(environment, lang, `${JSON.stringify(data, null, 2)}\n`, {
    output: options.output,
    bom: false,
  });
}
