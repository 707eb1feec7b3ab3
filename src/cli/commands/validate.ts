import { parseScheme } from '../../json/parseScheme.js';
import type { IndicatorNode } from '../../scheme/Scheme.js';
import type { Command } from '../Command.js';
import { evaluateDataFile } from '../evaluateDataFile.js';
import { io } from '../io.js';
import { messages } from '../messages.js';

/** How many leaf indicators the tree has, at every depth. */
function countLeaves(nodes: readonly IndicatorNode<{ readonly kind: string }>[]): number {
  return nodes.reduce(
    (sum, node) => sum + (node.type === 'leaf' ? 1 : countLeaves(node.children)),
    0,
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
    if (file === undefined) return io.fail(environment, `${text.missingFile}\n\n${text.validate}`);
    if (extra.length > 0) return io.fail(environment, text.unknownOption(extra.join(' ')));
    const json = io.readJson(environment, lang, file);
    if (!json.ok) return json.exit;
    // A scheme file is a scheme itself; a data file names its scheme.
    const content = json.value;
    const isScheme =
      typeof content === 'object' &&
      content !== null &&
      'indicators' in content &&
      !('scheme' in content);
    if (isScheme) {
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
