import { localize } from '../../issues/LocalizedText.js';
import { presets as shipped } from '../../presets/presets.js';
import type { Command } from '../Command.js';
import { cliIssues } from '../cliIssues.js';
import { io } from '../io.js';
import { messages } from '../messages.js';

/** `jixiao presets`: lists the shipped schemes with their years in force and sources. */
export const presets: Command = {
  help: (lang) => messages[lang].presets,
  options: [],
  run({ environment, lang, args }) {
    if (args.length > 0) {
      return io.report(environment, lang, [cliIssues.unexpectedArguments(args)]);
    }
    const lines = shipped.map((preset) => {
      const period = `${preset.effectivePeriod.from}–${preset.effectivePeriod.to ?? ''}`;
      const source = `${lang === 'zh' ? '来源' : 'source'}: ${preset.source}`;
      return `${preset.reference}\t${period}\t${localize(preset.title, lang)}\n  ${source}`;
    });
    environment.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
