import type { BilingualMessage } from '../issues/Issue.js';
import { visibleText } from '../issues/visibleText.js';

/**
 * How a message names an input given on the command line: `-` is standard input, any other
 * name is shown with its invisible and control characters as escapes (an ANSI escape or a
 * newline in a file name never reaches the terminal as such).
 *
 * @param file - the name as given
 * @returns the name in each language
 *
 * @example
 * inputName('-'); // → { zh: '标准输入', en: 'standard input' }
 * inputName('a\u001b[31m.json'); // → { zh: 'a\\u{001B}[31m.json', en: 'a\\u{001B}[31m.json' }
 */
export function inputName(file: string): BilingualMessage {
  if (file === '-') return { zh: '标准输入', en: 'standard input' };
  const shown = visibleText(file);
  return { zh: shown, en: shown };
}
