import { describe, expect, test } from 'vitest';
import { decodeText } from './decodeText.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf16 = (text: string, order: 'le' | 'be'): Uint8Array => {
  const little = Buffer.from(text, 'utf16le');
  if (order === 'be') little.swap16();
  return new Uint8Array(little);
};

describe('decodeText', () => {
  test('reads GB18030 bytes written by hand (南 = C4CF, 洲 = D6DE) as GB18030', () => {
    expect(decodeText(bytes(0xc4, 0xcf, 0xd6, 0xde))).toEqual({
      ok: true,
      text: '南洲',
      encoding: 'gb18030',
      bom: false,
    });
    // The GB18030 four-byte form: U+00A5 ¥ is 81 30 84 36.
    expect(decodeText(bytes(0x7b, 0x81, 0x30, 0x84, 0x36, 0x7d))).toMatchObject({
      text: '{¥}',
      encoding: 'gb18030',
    });
  });

  test('reads valid UTF-8 as UTF-8, with or without its byte-order mark (removed)', () => {
    const text = '{"name":"南洲街道"}';
    const plain = new Uint8Array(Buffer.from(text, 'utf8'));
    expect(decodeText(plain)).toEqual({ ok: true, text, encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual({
      ok: true,
      text,
      encoding: 'utf-8',
      bom: true,
    });
    expect(decodeText(bytes())).toEqual({ ok: true, text: '', encoding: 'utf-8', bom: false });
  });

  test('reads UTF-16LE and UTF-16BE by their byte-order marks', () => {
    const text = '\uFEFF{"name":"南洲"}';
    expect(decodeText(utf16(text, 'le'))).toEqual({
      ok: true,
      text: '{"name":"南洲"}',
      encoding: 'utf-16le',
      bom: true,
    });
    expect(decodeText(utf16(text, 'be'))).toEqual({
      ok: true,
      text: '{"name":"南洲"}',
      encoding: 'utf-16be',
      bom: true,
    });
  });

  test('refuses bytes a byte-order mark declares wrongly', () => {
    // An odd number of bytes after a UTF-16LE mark, and a lone surrogate.
    expect(decodeText(bytes(0xff, 0xfe, 0x41))).toEqual({
      ok: false,
      reason: 'malformed',
      declared: 'utf-16le',
    });
    expect(decodeText(bytes(0xfe, 0xff, 0xd8, 0x00))).toEqual({
      ok: false,
      reason: 'malformed',
      declared: 'utf-16be',
    });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0xc4, 0xcf))).toEqual({
      ok: false,
      reason: 'malformed',
      declared: 'utf-8',
    });
  });

  test('refuses NUL characters: binary data, and UTF-16 without its mark', () => {
    expect(decodeText(bytes(0x7b, 0x00, 0x7d))).toEqual({ ok: false, reason: 'nul' });
    expect(decodeText(utf16('{}', 'le'))).toEqual({ ok: false, reason: 'nul' });
    expect(decodeText(bytes(0xc4, 0xcf, 0x00))).toEqual({ ok: false, reason: 'nul' });
  });

  test('refuses bytes neither UTF-8 nor GB18030, naming where UTF-8 fails', () => {
    // 0xFF is no lead byte in either; a GB18030 lead byte followed by a space is no character.
    expect(decodeText(bytes(0x41, 0x42, 0xff))).toEqual({
      ok: false,
      reason: 'malformed',
      offset: 2,
    });
    expect(decodeText(bytes(0x41, 0xc3, 0xa9, 0x81, 0x20))).toEqual({
      ok: false,
      reason: 'malformed',
      offset: 3,
    });
  });
});
