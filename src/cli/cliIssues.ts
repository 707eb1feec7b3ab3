import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/Issue.js';
import { visibleText } from '../issues/visibleText.js';

/** The "did you mean" hint of a message, in each language; empty without a suggestion. */
function hint(suggestion: string | undefined): { readonly zh: string; readonly en: string } {
  if (suggestion === undefined) return { zh: '（见 jixiao --help）', en: ' (see jixiao --help)' };
  return { zh: `（是否想用 ${suggestion}？）`, en: ` (did you mean ${suggestion}?)` };
}

/**
 * The issues of the command line itself (its options, arguments and outputs), each printed on
 * one line with its `[code]`. The issues of reading a file are {@link readInput}'s.
 * @internal
 */
export const cliIssues = Object.freeze({
  unknownOption(written: string, suggestion: string | undefined): Issue {
    const shown = visibleText(written);
    const { zh: hintZh, en: hintEn } = hint(suggestion);
    return createIssue('unknown_option', [], {
      zh: `未知选项：${shown}${hintZh}`,
      en: `Unknown option: ${shown}${hintEn}`,
    });
  },
  missingOptionValue(written: string): Issue {
    const shown = visibleText(written);
    return createIssue('missing_option_value', [], {
      zh: `选项 ${shown} 缺少取值`,
      en: `Option ${shown} needs a value`,
    });
  },
  unexpectedOptionValue(written: string): Issue {
    const shown = visibleText(written);
    return createIssue('unexpected_option_value', [], {
      zh: `选项 ${shown} 不取值`,
      en: `Option ${shown} takes no value`,
    });
  },
  repeatedOption(written: string, first: string, second: string): Issue {
    const shown = visibleText(written);
    const one = visibleText(first);
    const other = visibleText(second);
    return createIssue(
      'repeated_option',
      [],
      {
        zh: `选项 ${shown} 给出了两个取值（${one} 与 ${other}）：只能给一个`,
        en: `Option ${shown} is given twice, as ${one} and ${other}: give it once`,
      },
      { received: `${first}, ${second}` },
    );
  },
  conflictingOptions(first: string, second: string): Issue {
    return createIssue('conflicting_options', [], {
      zh: `选项 ${first} 与 ${second} 不能同时使用`,
      en: `Options ${first} and ${second} cannot be used together`,
    });
  },
  invalidOptionValue(
    option: string,
    written: string,
    expected: { readonly zh: string; readonly en: string },
  ): Issue {
    const shown = visibleText(written);
    return createIssue(
      'invalid_option_value',
      [option],
      {
        zh: `${option} 应为${expected.zh}（所给：${shown}）`,
        en: `${option} takes ${expected.en} (given: ${shown})`,
      },
      { expected: expected.en, received: written },
    );
  },
  unsupportedOption(command: string, written: string): Issue {
    const shown = visibleText(written);
    return createIssue('unsupported_option', [], {
      zh: `命令 ${command} 不接受选项 ${shown}（见 jixiao ${command} --help）`,
      en: `The ${command} command takes no option ${shown} (see jixiao ${command} --help)`,
    });
  },
  unknownLanguage(value: string): Issue {
    const shown = visibleText(value);
    return createIssue('unknown_language', [], {
      zh: `未知的语言：${shown}（可用：zh、en）`,
      en: `Unknown language: ${shown} (use zh or en)`,
    });
  },
  unknownCommand(name: string, suggestion: string | undefined): Issue {
    const shown = visibleText(name);
    const { zh: hintZh, en: hintEn } = hint(suggestion);
    return createIssue('unknown_command', [], {
      zh: `未知命令：${shown}${hintZh}`,
      en: `Unknown command: ${shown}${hintEn}`,
    });
  },
  unexpectedArguments(extra: readonly string[]): Issue {
    const shown = extra.map(visibleText).join(' ');
    return createIssue('unexpected_argument', [], {
      zh: `多余的参数：${shown}（见 jixiao --help）`,
      en: `Unexpected arguments: ${shown} (see jixiao --help)`,
    });
  },
  missingFile(): Issue {
    return createIssue('missing_argument', [], {
      zh: '缺少文件参数',
      en: 'A file argument is missing',
    });
  },
  unknownFormat(format: string, known: readonly string[]): Issue {
    const shown = visibleText(format);
    return createIssue('unknown_format', [], {
      zh: `未知的输出格式：${shown}（可用：${known.join('、')}）`,
      en: `Unknown output format: ${shown} (use ${known.join(', ')})`,
    });
  },
  unknownSchema(name: string, known: readonly string[]): Issue {
    const shown = visibleText(name);
    return createIssue('unknown_schema', [], {
      zh: `未知的 Schema 名称：${shown}（可用：${known.join('、')}）`,
      en: `Unknown schema name: ${shown} (use ${known.join(', ')})`,
    });
  },
  outputExtensionUnwritable(
    file: string,
    extension: string,
    known: readonly string[],
    option: 'output' | 'summary',
  ): Issue {
    const shownFile = visibleText(file);
    const shown = visibleText(extension);
    // --format names the results' format; a summary's is named by its file's extension only.
    const remedy =
      option === 'output'
        ? {
            zh: `请用 --format 指定格式（可用：${known.join('、')}），或换用相应的扩展名`,
            en: `Name the format with --format (${known.join(', ')}) or use a matching extension`,
          }
        : {
            zh: `请换用汇总格式的扩展名（可用：${known.join('、')}）`,
            en: `Use the extension of a summary format (${known.join(', ')})`,
          };
    return createIssue(
      'output_extension_unwritable',
      [option],
      {
        zh: `不能写出「${shownFile}」：此命令不写 ${shown} 文件。${remedy.zh}`,
        en: `Cannot write "${shownFile}": this command writes no ${shown} file. ${remedy.en}`,
      },
      { expected: known.join(', '), received: extension },
    );
  },
  outputFileRequired(): Issue {
    return createIssue('output_file_required', ['output'], {
      zh: '此格式写出的是文件（字节），不能写到终端或管道：请用 -o 指定文件，例如 -o 评分表.xlsx 或 -o 自评报告.docx',
      en: 'This format writes a file (bytes), not text for a terminal or a pipe: name one with -o, e.g. -o score.xlsx or -o report.docx',
    });
  },
  writeFailed(target: string | undefined, detail: string): Issue {
    if (target === undefined)
      return createIssue('write_failed', [], {
        zh: `无法写入标准输出：${detail}`,
        en: `Cannot write standard output: ${detail}`,
      });
    const shown = visibleText(target);
    return createIssue('write_failed', [], {
      zh: `无法写入文件 ${shown}：${detail}`,
      en: `Cannot write ${shown}: ${detail}`,
    });
  },
});
