import type { Language } from '../issues/Language.js';
import type { CliEnvironment } from './CliEnvironment.js';
import { cliIssues } from './cliIssues.js';
import type { Exit } from './Exit.js';

/**
 * Reports a command given without its file: the coded line, then the command's usage.
 *
 * @param environment - where the message is written
 * @param lang - its language
 * @param usage - the command's help text
 * @returns exit code 2
 *
 * @example
 * missingFile(environment, 'zh', messages.zh.validate); // stderr: 缺少文件参数 [missing_argument] …
 */
export function missingFile(environment: CliEnvironment, lang: Language, usage: string): Exit {
  const found = cliIssues.missingFile();
  environment.stderr(`${found.message[lang]} [${found.code}]\n\n${usage}\n`);
  return 2;
}
