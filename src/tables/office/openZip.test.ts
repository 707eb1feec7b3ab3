import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { writeDocx } from '../../../test/support/writeDocx.js';
import { projectDocument } from '../../../test/fixtures/documents/projectDocument.js';
import { openZip } from './openZip.js';

/** The offsets of the central directory entries of a zip, by name. */
function directoryEntries(bytes: Uint8Array): Map<string, number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = new Map<string, number>();
  for (let at = 0; at + 46 <= bytes.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    entries.set(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + length)), at);
  }
  return entries;
}

/** A copy of a zip with one central directory field of an entry changed. */
function patched(
  bytes: Uint8Array,
  name: string,
  field: number,
  value: number,
  size: 2 | 4,
): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const at = directoryEntries(copy).get(name);
  if (at === undefined) throw new Error(`no entry ${name}`);
  if (size === 2) view.setUint16(at + field, value, true);
  else view.setUint32(at + field, value, true);
  return copy;
}

/** The codes and received values of a refused file. */
function refusal(bytes: Uint8Array): readonly (readonly unknown[])[] {
  const opened = openZip(bytes, unzipSync);
  if (opened.ok) throw new Error('opened');
  return opened.issues.map((issue) => [issue.code, issue.received]);
}

const docx = writeDocx(projectDocument);

describe('Office packages that open', () => {
  test('inflates the XML and relationship parts, and leaves other parts compressed', () => {
    const bytes = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      '_rels/.rels': strToU8('<Relationships/>'),
      'word/media/image1.png': new Uint8Array([1, 2, 3]),
    });
    const opened = openZip(bytes, unzipSync);
    expect(opened.ok && [...opened.value.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
    ]);
  });

  test('inflates only the parts a filter wants', () => {
    const opened = openZip(docx, unzipSync, (name) => name === 'word/document.xml');
    expect(opened.ok && [...opened.value.keys()]).toEqual(['word/document.xml']);
  });

  test('an empty archive opens with no parts', () => {
    const opened = openZip(zipSync({}), unzipSync);
    expect(opened.ok && opened.value.size).toBe(0);
  });
});

describe('bytes that are not a readable zip', () => {
  test('text is not a zip', () => {
    expect(refusal(strToU8('项目支出绩效自评表'))).toEqual([['invalid_zip', 'invalid zip data']]);
  });

  test('a zip cut in half is refused', () => {
    expect(refusal(docx.slice(0, Math.floor(docx.length / 2)))).toEqual([
      ['invalid_zip', 'invalid zip data'],
    ]);
  });

  test('no bytes at all is refused', () => {
    expect(refusal(new Uint8Array(0))).toEqual([['invalid_zip', 'invalid zip data']]);
  });

  test('a value that is not bytes is refused, not thrown on', () => {
    expect(refusal('PK' as unknown as Uint8Array)).toEqual([['invalid_zip', undefined]]);
  });

  test('a damaged deflate stream is refused', () => {
    const copy = docx.slice();
    const at = directoryEntries(copy).get('word/document.xml') ?? 0;
    const local = new DataView(copy.buffer).getUint32(at + 42, true);
    const start = local + 30 + new DataView(copy.buffer).getUint16(local + 26, true);
    copy.fill(0xff, start, start + 40);
    expect(refusal(copy)[0]?.[0]).toBe('invalid_zip');
  });

  test('an old binary .doc (an OLE compound file) is refused with its own message', () => {
    const opened = openZip(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      unzipSync,
    );
    expect(!opened.ok && [opened.issues[0].code, opened.issues[0].message.en]).toEqual([
      'invalid_zip',
      'The file is in the old binary Office format (an OLE compound file, as .doc and .xls are), not .docx or .xlsx: save it as .docx or .xlsx',
    ]);
  });
});

describe('packages refused before anything is inflated', () => {
  test('a part declaring 2 GiB uncompressed is refused from the directory', () => {
    expect(refusal(patched(docx, 'word/document.xml', 24, 0x7fffffff, 4))).toEqual([
      ['zip_too_large', '2147483647 bytes'],
    ]);
  });

  test('parts declaring 60 MiB each, 300 MiB in all, are refused together', () => {
    const files = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e'].map((name) => [`xl/${name}.xml`, strToU8('<a/>')]),
    );
    let bytes: Uint8Array = zipSync(files);
    for (const name of Object.keys(files)) bytes = patched(bytes, name, 24, 60 * 1024 * 1024, 4);
    expect(refusal(bytes)).toEqual([['zip_too_large', `${5 * 60 * 1024 * 1024} bytes`]]);
  });

  test('a large part that is not read (an image) does not count', () => {
    const bytes = patched(
      zipSync({ 'word/document.xml': strToU8('<a/>'), 'word/media/big.png': new Uint8Array(4) }),
      'word/media/big.png',
      24,
      0x7fffffff,
      4,
    );
    expect(openZip(bytes, unzipSync).ok).toBe(true);
  });

  test('more than 10,000 entries are refused', () => {
    const files = Object.fromEntries(
      Array.from({ length: 10_001 }, (_, index) => [`x/${index}.bin`, new Uint8Array(0)]),
    );
    expect(refusal(zipSync(files, { level: 0 }))).toEqual([
      ['zip_too_large', 'more than 10000 entries'],
    ]);
  });
});

describe('encrypted documents', () => {
  test('a password-protected Office file (an OLE file with an EncryptedPackage stream) is refused', () => {
    const name = Buffer.from('EncryptedPackage', 'utf16le');
    const bytes = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Uint8Array(100),
      ...name,
    ]);
    expect(refusal(bytes)).toEqual([['encrypted_document', undefined]]);
  });

  test('a zip entry with the encryption flag is refused', () => {
    expect(refusal(patched(docx, 'word/document.xml', 8, 1, 2))).toEqual([
      ['encrypted_document', undefined],
    ]);
  });

  test('an AES-encrypted entry (method 99) is refused', () => {
    expect(refusal(patched(docx, 'word/document.xml', 10, 99, 2))).toEqual([
      ['encrypted_document', undefined],
    ]);
  });
});
