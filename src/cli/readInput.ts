import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/Issue.js';
import { failure, success, type Result } from '../issues/Result.js';
import type { CliEnvironment } from './CliEnvironment.js';
import { decodeText, type DecodedText, type TextEncodingName } from './decodeText.js';
import { defaultMaxInputBytes } from './defaultMaxInputBytes.js';
import type { FileBytes, SpecialFileKind } from './FileBytes.js';
import { formatByteCount } from './formatByteCount.js';
import { inputName } from './inputName.js';

/** A file read as text: the text (its byte-order mark removed) and the encoding it was in. */
export interface InputText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** The names of the kinds of file that are not regular files. */
const specialKinds: Readonly<
  Record<SpecialFileKind, { readonly zh: string; readonly en: string }>
> = Object.freeze({
  'character-device': { zh: '字符设备', en: 'a character device' },
  'block-device': { zh: '块设备', en: 'a block device' },
  fifo: { zh: '命名管道', en: 'a named pipe' },
  socket: { zh: '套接字', en: 'a socket' },
  other: { zh: '特殊文件', en: 'a special file' },
});

/** The encodings as a message names them. */
const encodingNames: Readonly<Record<TextEncodingName, string>> = Object.freeze({
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030',
});

/** The input's name in Chinese messages. */
const zhName = (file: string): string => inputName(file).zh;
/** The input's name in English messages. */
const enName = (file: string): string => inputName(file).en;

/** The issue for an input the environment refused. */
function refusalIssue(
  file: string,
  refused: Exclude<FileBytes, { ok: true }>,
  limit: number,
): Issue {
  switch (refused.problem) {
    case 'file_not_found':
      return createIssue('file_not_found', [], {
        zh: `找不到文件：${zhName(file)}`,
        en: `File not found: ${enName(file)}`,
      });
    case 'is_directory':
      return createIssue('is_directory', [], {
        zh: `${zhName(file)} 是文件夹，不是文件`,
        en: `${enName(file)} is a directory, not a file`,
      });
    case 'not_a_regular_file': {
      const { zh: kindZh, en: kindEn } = specialKinds[refused.kind];
      return createIssue('not_a_regular_file', [], {
        zh: `${zhName(file)} 不是普通文件（而是${kindZh}）：只读取普通文件，或以「-」读取标准输入`,
        en: `${enName(file)} is not a regular file (it is ${kindEn}): jixiao reads regular files, or standard input when the file is "-"`,
      });
    }
    case 'too_large': {
      const { zh: capZh, en: capEn } = formatByteCount(limit);
      if (refused.size === undefined)
        return createIssue(
          'too_large',
          [],
          {
            zh: `${zhName(file)} 过大：超过了 ${capZh} 的上限`,
            en: `${enName(file)} is too large: over the limit of ${capEn}`,
          },
          { expected: `≤ ${limit}` },
        );
      const { zh: sizeZh, en: sizeEn } = formatByteCount(refused.size);
      return createIssue(
        'too_large',
        [],
        {
          zh: `${zhName(file)} 过大：${sizeZh}，上限为 ${capZh}`,
          en: `${enName(file)} is too large: ${sizeEn}, over the limit of ${capEn}`,
        },
        { expected: `≤ ${limit}`, received: String(refused.size) },
      );
    }
    case 'unreadable':
      return createIssue('unreadable', [], {
        zh: `无法读取文件 ${zhName(file)}：${refused.detail}`,
        en: `Cannot read ${enName(file)}: ${refused.detail}`,
      });
  }
}

/** The issue for bytes that are not text in any encoding read. */
function encodingIssue(file: string, decoded: Exclude<DecodedText, { ok: true }>): Issue {
  if (decoded.reason === 'nul')
    return createIssue('invalid_encoding', [], {
      zh: `${zhName(file)} 不是文本：含有 NUL 字符（二进制文件，或没有字节序标记的 UTF-16）；请另存为 UTF-8`,
      en: `${enName(file)} is not text: it holds a NUL character (binary data, or UTF-16 without a byte-order mark); save it as UTF-8`,
    });
  if (decoded.declared !== undefined) {
    const declared = encodingNames[decoded.declared];
    return createIssue('invalid_encoding', [], {
      zh: `${zhName(file)} 以 ${declared} 字节序标记开头，但内容不是有效的 ${declared}`,
      en: `${enName(file)} starts with a ${declared} byte-order mark but is not valid ${declared}`,
    });
  }
  const at = decoded.offset === undefined ? undefined : String(decoded.offset);
  return createIssue('invalid_encoding', [], {
    zh: `${zhName(file)} 既不是 UTF-8 也不是 GB18030 编码的文本${at === undefined ? '' : `（自字节偏移 ${at} 起不是 UTF-8）`}；请另存为 UTF-8`,
    en: `${enName(file)} is neither UTF-8 nor GB18030 text${at === undefined ? '' : ` (not UTF-8 from byte offset ${at})`}; save it as UTF-8`,
  });
}

/**
 * Reads an input of the command line as text: every file a command reads (the data file, the
 * report, `--data`, case files and the files they name) comes through here, and `-` is standard
 * input. The environment returns the bytes of a regular file no larger than the cap (64 MiB by
 * default, {@link CliEnvironment.maxInputBytes}); {@link decodeText} reads them as UTF-8,
 * UTF-16 (with its byte-order mark) or GB18030. Every refusal is a coded issue naming the file:
 * `file_not_found`, `is_directory`, `not_a_regular_file`, `unreadable`, `too_large`,
 * `invalid_encoding`. It never throws.
 *
 * @param environment - where the bytes come from
 * @param file - the file's name, or `-` for standard input
 * @returns the text and its encoding, or the issue
 *
 * @example
 * readInput(environment, 'data.json'); // → { ok: true, value: { text: '{…}', encoding: 'utf-8' } }
 * readInput(environment, '/dev/zero'); // → { ok: false, issues: [{ code: 'not_a_regular_file', … }] }
 */
export function readInput(environment: CliEnvironment, file: string): Result<InputText> {
  const read = readInputBytes(environment, file);
  return read.ok ? decodeInput(file, read.value) : read;
}

/**
 * Reads an input of the command line as bytes, with every refusal of {@link readInput} but the
 * encoding's: what the audit and the import read before deciding whether the input is a text or
 * a Word, Excel or PDF file.
 *
 * @param environment - where the bytes come from
 * @param file - the file's name, or `-` for standard input
 * @returns the bytes, or the issue
 */
export function readInputBytes(environment: CliEnvironment, file: string): Result<Uint8Array> {
  const limit = environment.maxInputBytes ?? defaultMaxInputBytes;
  const read = file === '-' ? environment.readStdin(limit) : environment.readFile(file, limit);
  if (!read.ok) return failure([refusalIssue(file, read, limit)]);
  if (read.bytes.length > limit) {
    return failure([
      refusalIssue(file, { ok: false, problem: 'too_large', size: read.bytes.length }, limit),
    ]);
  }
  return success(read.bytes);
}

/**
 * Decodes bytes already read by {@link readInputBytes} as {@link readInput} would.
 *
 * @param file - the file's name, for the issue
 * @param bytes - the file's bytes
 * @returns the text and its encoding, or the `invalid_encoding` issue
 */
export function decodeInput(file: string, bytes: Uint8Array): Result<InputText> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return failure([encodingIssue(file, decoded)]);
  return success({ text: decoded.text, encoding: decoded.encoding });
}
