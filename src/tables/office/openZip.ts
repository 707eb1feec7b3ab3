import type * as Fflate from 'fflate';
import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import { invalidArgument } from '../../issues/invalidArgument.js';
import { failure, success, type Result } from '../../issues/Result.js';
import { visibleText } from '../../issues/visibleText.js';

/** fflate's `unzipSync`, which the caller loads and passes in (src never imports fflate). */
export type UnzipSync = typeof Fflate.unzipSync;

/** What an Office package may declare before it is refused unread (`zip_too_large`). */
export const zipLimits = Object.freeze({
  /** Entries in the archive, counting those not read. */
  maxEntries: 10_000,
  /** Declared uncompressed bytes of one part that is read: 64 MiB. */
  maxPartBytes: 64 * 1024 * 1024,
  /** Declared uncompressed bytes of all the parts that are read together: 256 MiB. */
  maxTotalBytes: 256 * 1024 * 1024,
});

/**
 * The parts the readers use: XML parts and relationship parts (`.xml`, `.rels`), wherever the
 * package's relationships put them. Media, embedded objects and binary parts stay compressed.
 *
 * @param name - an entry's name in the archive
 * @returns true for an XML or relationship part
 *
 * @example
 * isXmlPart('word/_rels/document.xml.rels'); // → true
 * isXmlPart('word/media/image1.png'); // → false
 */
export function isXmlPart(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.xml') || lower.endsWith('.rels');
}

/** An entry of the archive as fflate's filter sees it, before anything is inflated. */
interface EntryInfo {
  readonly name: string;
  readonly originalSize: number;
  readonly compression: number;
}

/** Thrown from the filter to stop fflate walking a directory that declares too many entries. */
class TooManyEntries extends Error {}

const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** `EncryptedPackage` in UTF-16LE: the stream an encrypted OOXML file keeps inside an OLE file. */
const encryptedPackageName = Array.from({ length: 32 }, (_, index) =>
  index % 2 === 0 ? 'EncryptedPackage'.charCodeAt(index / 2) : 0,
);

const mebibytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MiB`;

/** Whether `pattern` occurs in `bytes` from `from` on (a plain scan, linear for this short pattern). */
function hasBytes(bytes: Uint8Array, pattern: readonly number[], from = 0): boolean {
  const [first] = pattern;
  let at = bytes.indexOf(first ?? 0, from);
  while (at >= 0 && at + pattern.length <= bytes.length) {
    if (pattern.every((byte, offset) => bytes[at + offset] === byte)) return true;
    at = bytes.indexOf(first ?? 0, at + 1);
  }
  return false;
}

const zipIssue = (code: string, message: { zh: string; en: string }, received?: string): Issue =>
  createIssue(code, [], message, received === undefined ? {} : { received });

/** The issue for bytes that are an OLE compound file: an encrypted Office file, or .doc/.xls. */
function compoundFileIssue(bytes: Uint8Array): Issue {
  if (hasBytes(bytes, encryptedPackageName))
    return zipIssue('encrypted_document', {
      zh: '文件受密码保护（加密的 Office 文档）：请在 Office 中取消密码后另存，再读取',
      en: 'The file is password-protected (an encrypted Office document): remove the password in Office, save it again, and read that copy',
    });
  return zipIssue('invalid_zip', {
    zh: '文件是旧版 Office 二进制格式（.doc / .xls 的 OLE 复合文档），不是 .docx / .xlsx：请另存为 .docx 或 .xlsx',
    en: 'The file is in the old binary Office format (an OLE compound file, as .doc and .xls are), not .docx or .xlsx: save it as .docx or .xlsx',
  });
}

/**
 * Whether the central directory marks an entry encrypted (general-purpose flag bit 0), which
 * fflate's filter does not show. A directory it cannot walk is left to fflate to refuse.
 */
function hasEncryptedEntry(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  const lowest = Math.max(0, bytes.length - 65_557);
  while (end >= lowest && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < lowest) return false;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let index = 0; index < count && offset + 46 <= bytes.length; index += 1) {
    if (view.getUint32(offset, true) !== 0x02014b50) return false;
    if ((view.getUint16(offset + 8, true) & 1) === 1) return true;
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return false;
}

/** The entries as the archive declares them, or why fflate could not list them. */
function listEntries(bytes: Uint8Array, unzipSync: UnzipSync): Result<readonly EntryInfo[]> {
  const entries: EntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({
          name: file.name,
          originalSize: file.originalSize,
          compression: file.compression,
        });
        if (entries.length > zipLimits.maxEntries) throw new TooManyEntries();
        return false;
      },
    });
  } catch (error) {
    if (error instanceof TooManyEntries)
      return failure([
        zipIssue(
          'zip_too_large',
          {
            zh: `压缩包的条目超过 ${zipLimits.maxEntries} 个，不予读取`,
            en: `The archive has more than ${zipLimits.maxEntries} entries; it is not read`,
          },
          `more than ${zipLimits.maxEntries} entries`,
        ),
      ]);
    return failure([unzipError(error)]);
  }
  return success(entries);
}

/** The issue for an error fflate threw (not a zip, truncated, a corrupt stream). */
function unzipError(error: unknown): Issue {
  const reason = error instanceof Error ? error.message : String(error);
  return zipIssue(
    'invalid_zip',
    {
      zh: `文件不是可读取的 zip 压缩包（.docx / .xlsx 都是 zip）：${visibleText(reason)}`,
      en: `The file is not a readable zip archive (.docx and .xlsx are zip archives): ${visibleText(reason)}`,
    },
    reason,
  );
}

/** The issues of the entries that are to be read: sizes past the limits, encryption, methods. */
function entryIssues(entries: readonly EntryInfo[]): Issue[] {
  const issues: Issue[] = [];
  let total = 0;
  for (const entry of entries) {
    const name = visibleText(entry.name);
    if (entry.compression === 99) {
      issues.push(
        zipIssue('encrypted_document', {
          zh: `压缩包中的「${name}」已加密（AES），无法读取`,
          en: `The entry "${name}" of the archive is encrypted (AES) and cannot be read`,
        }),
      );
    } else if (entry.compression !== 0 && entry.compression !== 8) {
      issues.push(
        zipIssue(
          'invalid_zip',
          {
            zh: `压缩包中的「${name}」使用不支持的压缩方法 ${entry.compression}（只读取存储与 deflate）`,
            en: `The entry "${name}" uses compression method ${entry.compression}, which is not read (only stored and deflate are)`,
          },
          `compression method ${entry.compression}`,
        ),
      );
    } else if (!Number.isSafeInteger(entry.originalSize) || entry.originalSize < 0) {
      issues.push(unzipError(new Error(`the size of "${entry.name}" is not a size`)));
    } else if (entry.originalSize > zipLimits.maxPartBytes) {
      issues.push(
        zipIssue(
          'zip_too_large',
          {
            zh: `压缩包中的「${name}」解压后声明为 ${mebibytes(entry.originalSize)}，超过单个部件 ${mebibytes(zipLimits.maxPartBytes)} 的上限，不予解压`,
            en: `The entry "${name}" declares ${mebibytes(entry.originalSize)} uncompressed, past the limit of ${mebibytes(zipLimits.maxPartBytes)} for one part; it is not inflated`,
          },
          `${entry.originalSize} bytes`,
        ),
      );
    }
    total += Math.max(0, entry.originalSize);
  }
  if (issues.length === 0 && total > zipLimits.maxTotalBytes)
    issues.push(
      zipIssue(
        'zip_too_large',
        {
          zh: `要读取的部件解压后共声明 ${mebibytes(total)}，超过 ${mebibytes(zipLimits.maxTotalBytes)} 的上限，不予解压`,
          en: `The parts to read declare ${mebibytes(total)} uncompressed in all, past the limit of ${mebibytes(zipLimits.maxTotalBytes)}; they are not inflated`,
        },
        `${total} bytes`,
      ),
    );
  return issues;
}

/**
 * Opens an Office file (.docx, .xlsx: a zip package) and inflates the parts the readers use.
 * Everything is checked from the archive's directory before anything is inflated: bytes that are
 * not a zip (`invalid_zip`; an old .doc/.xls says so), more than 10,000 entries or declared sizes
 * past {@link zipLimits} (`zip_too_large`), encrypted files and entries (`encrypted_document`).
 * Whatever fflate throws on damaged data becomes an `invalid_zip` issue; nothing is thrown.
 *
 * @param bytes - the file's bytes
 * @param unzipSync - fflate's `unzipSync` (`(await import('fflate')).unzipSync`)
 * @param wanted - which entries to inflate, by name; XML and relationship parts by default
 * @returns the inflated parts by name as the archive writes them, or the issues
 * @throws JixiaoError (`invalid_argument`) when `unzipSync` is not a function
 *
 * @example
 * import { unzipSync } from 'fflate';
 * const parts = openZip(bytes, unzipSync);
 * if (parts.ok) parts.value.get('word/document.xml'); // → Uint8Array
 */
export function openZip(
  bytes: Uint8Array,
  unzipSync: UnzipSync,
  wanted: (name: string) => boolean = isXmlPart,
): Result<ReadonlyMap<string, Uint8Array>> {
  const given: unknown = unzipSync;
  if (typeof given !== 'function')
    throw invalidArgument(
      'unzipSync',
      { zh: 'fflate 的 unzipSync 函数', en: "fflate's unzipSync function" },
      given,
    );
  const input: unknown = bytes;
  if (!(input instanceof Uint8Array))
    return failure([
      zipIssue('invalid_zip', {
        zh: '应为文件的字节（Uint8Array）',
        en: "Expected the file's bytes (a Uint8Array)",
      }),
    ]);
  if (compoundFileSignature.every((byte, index) => bytes[index] === byte))
    return failure([compoundFileIssue(bytes)]);
  const listed = listEntries(bytes, unzipSync);
  if (!listed.ok) return listed;
  if (hasEncryptedEntry(bytes))
    return failure([
      zipIssue('encrypted_document', {
        zh: '压缩包的条目已加密，无法读取',
        en: 'The entries of the archive are encrypted and cannot be read',
      }),
    ]);
  const issues = entryIssues(listed.value.filter((entry) => safeWanted(wanted, entry.name)));
  const [first, ...rest] = issues;
  if (first !== undefined) return failure([first, ...rest]);
  try {
    const inflated = unzipSync(bytes, { filter: (file) => safeWanted(wanted, file.name) });
    return success(new Map(Object.entries(inflated)));
  } catch (error) {
    return failure([unzipError(error)]);
  }
}

/** The caller's filter, where a filter that throws wants nothing. */
function safeWanted(wanted: (name: string) => boolean, name: string): boolean {
  try {
    return wanted(name);
  } catch {
    return false;
  }
}
