import { runCases } from '../../cases/runCases.js';
import type { Command } from '../Command.js';
import { lineText } from '../../render/lineText.js';
import { inputName } from '../inputName.js';
import { io } from '../io.js';
import { missingFile } from '../missingFile.js';
import { messages } from '../messages.js';

/**
 * `jixiao test FILE…`: runs case files, prints each case as passed or failed with the expected
 * and actual values, and exits 1 when any case failed.
 */
export const test: Command = {
  help: (lang) => messages[lang].test,
  options: [],
  run({ environment, lang, args }) {
    const text = messages[lang];
    if (args.length === 0) return missingFile(environment, lang, text.test);
    let passed = 0;
    let total = 0;
    let anyFailed = false;
    for (const file of args) {
      const json = io.readJson(environment, lang, file);
      if (!json.ok) return json.exit;
      const report = runCases(json.value, io.caseFileAccess(environment, lang, file));
      if (!report.ok) return io.printIssues(environment, lang, file, report.issues);
      const lines = [inputName(file)[lang]];
      for (const result of report.value.cases) {
        total += 1;
        if (result.passed) {
          passed += 1;
          lines.push(`  ${text.casePassed(lineText(result.name), result.checks)}`);
          continue;
        }
        anyFailed = true;
        lines.push(`  ${text.caseFailed(lineText(result.name))}`);
        for (const found of result.failures) {
          const [subject, expected, actual] = [found.subject, found.expected, found.actual].map(
            (value) => lineText(value),
          );
          lines.push(text.caseLine(subject ?? '', expected ?? '', actual ?? ''));
          if (found.explanation !== undefined && found.explanation !== '') {
            lines.push(text.caseExplanation(lineText(found.explanation)));
          }
        }
      }
      environment.stdout(`${lines.join('\n')}\n`);
    }
    environment.stdout(`${text.caseSummary(passed, total)}\n`);
    return anyFailed ? 1 : 0;
  },
};
