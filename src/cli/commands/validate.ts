import { parseScheme } from '../../json/parseScheme.js';
import type { IndicatorNode } from '../../scheme/Scheme.js';
import type { Command } from '../Command.js';
import { evaluateDataFile } from '../evaluateDataFile.js';
import { cliIssues } from '../cliIssues.js';
import { io } from '../io.js';
import { missingFile } from '../missingFile.js';
import { messages } from '../messages.js';

/** How many leaf indicators the tree has, at every depth. */
function countLeaves(nodes: readonly IndicatorNode<{ readonly kind: string }>[]): number {
  return nodes.reduce(
    (sum, node) => sum + (node.type === 'leaf' ? 1 : countLeaves(node.children)),
    0,
  );
}

/**
 * Keys only a data file has: a file with any of them is read as a data file, so that a data file
 * whose `scheme` key is misspelt gets its unknown key reported, not a scheme file's missing keys.
 * (`preset` is not a key of either, but a common mistake for `scheme`.)
 */
const dataFileKeys = ['scheme', 'inputs', 'preset', 'department', 'project', 'budget', 'year'];

/** Whether a file's JSON is a scheme (with `indicators` and none of a data file's keys). */
function isSchemeFile(content: unknown): boolean {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) return false;
  return (
    Object.hasOwn(content, 'indicators') && !dataFileKeys.some((key) => Object.hasOwn(content, key))
  );
}

/**
 * `jixiao validate FILE`: checks a data file (by scoring it) or a scheme file, and lists every
 * problem found, without printing a score.
 */
export const validate: Command = {
  help: (lang) => messages[lang].validate,
  options: [],
  run({ environment, lang, args }) {
    const text = messages[lang];
    const [file, ...extra] = args;
    if (file === undefined) return missingFile(environment, lang, text.validate);
    if (extra.length > 0) {
      return io.report(environment, lang, [cliIssues.unexpectedArguments(extra)]);
    }
    const json = io.readJson(environment, lang, file);
    if (!json.ok) return json.exit;
    const content = json.value;
    if (isSchemeFile(content)) {
      const scheme = parseScheme(content);
      if (!scheme.ok) return io.printIssues(environment, lang, file, scheme.issues);
      environment.stdout(`${text.valid(text.schemeFile, countLeaves(scheme.value.indicators))}\n`);
      return 0;
    }
    const scored = evaluateDataFile(environment, lang, file, content);
    if (!scored.ok) return scored.exit;
    const leaves = countLeaves(scored.value.data.scheme.indicators);
    environment.stdout(`${text.valid(text.dataFile, leaves)}\n`);
    return 0;
  },
};
