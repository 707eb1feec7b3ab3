import { jsonSchemas } from '../../json/jsonSchemas.js';
import type { Command } from '../Command.js';
import { cliIssues } from '../cliIssues.js';
import { io } from '../io.js';
import { messages } from '../messages.js';

const schemaNames = ['scheme', 'inputs', 'evaluation', 'data', 'cases'] as const;

/** `jixiao schema [NAME]`: prints one JSON Schema by name, or all of them. */
export const schema: Command = {
  help: (lang) => messages[lang].schema,
  options: [],
  run({ environment, lang, args }) {
    const [name, ...extra] = args;
    if (extra.length > 0) {
      return io.report(environment, lang, [cliIssues.unexpectedArguments(extra)]);
    }
    const schemas = jsonSchemas();
    if (name === undefined) {
      environment.stdout(`${JSON.stringify(schemas, null, 2)}\n`);
      return 0;
    }
    const known = schemaNames.find((each) => each === name);
    if (known === undefined) {
      return io.report(environment, lang, [cliIssues.unknownSchema(name, schemaNames)]);
    }
    environment.stdout(`${JSON.stringify(schemas[known], null, 2)}\n`);
    return 0;
  },
};
