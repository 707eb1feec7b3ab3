import * as fflate from 'fflate';
import { describe, expect, test } from 'vitest';
import { openZip } from '../../tables/office/openZip.js';
import { readDocx } from '../../tables/office/readDocx.js';
import type { DocxBlock } from './DocxBlock.js';
import { loadZipWriter } from '../office/loadZipWriter.js';
import { writeDocx } from './writeDocx.js';

const blocks: readonly DocxBlock[] = [
  { kind: 'heading', level: 1, runs: [{ text: '（一）自评结论。' }] },
  {
    kind: 'paragraph',
    runs: [
      { text: '整体绩效自评得分 ' },
      { text: '91.46 分', bold: true },
      { text: '，等级为优。' },
    ],
  },
  {
    kind: 'table',
    header: ['一级指标', '二级指标', '分值', '得分'].map((text) => ({ runs: [{ text }] })),
    numeric: [false, false, true, true],
    rows: [
      [
        { runs: [{ text: '产出指标' }], rowSpan: 2 },
        { runs: [{ text: '数量指标' }] },
        { runs: [{ text: '20' }] },
        { runs: [{ text: '18.8' }] },
      ],
      [{ runs: [{ text: '质量指标' }] }, { runs: [{ text: '15' }] }, { runs: [{ text: '15' }] }],
      [
        { runs: [{ text: '总分' }], colSpan: 2 },
        { runs: [{ text: '35' }] },
        { runs: [{ text: '33.8' }] },
      ],
    ],
  },
];

const text = (bytes: Uint8Array, name: string): string =>
  new TextDecoder().decode(fflate.unzipSync(bytes)[name]);

describe('writeDocx', () => {
  test('writes the parts of a minimal Word package, the same bytes every time', () => {
    const bytes = writeDocx(blocks, fflate);
    expect(Object.keys(fflate.unzipSync(bytes))).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/_rels/document.xml.rels',
      'word/styles.xml',
      'docProps/core.xml',
      'docProps/app.xml',
    ]);
    expect(writeDocx(blocks, fflate)).toEqual(bytes);
    expect(text(bytes, 'word/styles.xml')).toContain('w:eastAsia="宋体"');
    expect(text(bytes, 'word/styles.xml')).toContain('w:lang w:val="en-US" w:eastAsia="zh-CN"');
    const document = text(bytes, 'word/document.xml');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain(
      '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">91.46 分</w:t></w:r>',
    );
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('<w:vMerge w:val="restart"/>');
    expect(document).toContain('<w:gridSpan w:val="2"/>');
  });

  test('reads back as its paragraphs and one table, merged cells in the filled form', () => {
    const parts = openZip(writeDocx(blocks, fflate), fflate.unzipSync);
    if (!parts.ok) throw new Error(JSON.stringify(parts.issues));
    const read = readDocx(parts.value);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.value.text).toBe('（一）自评结论。\n整体绩效自评得分 91.46 分，等级为优。');
    expect(
      read.value.grids.map((grid) => grid.rows.map((row) => row.cells.map((cell) => cell.text))),
    ).toEqual([
      [
        ['一级指标', '二级指标', '分值', '得分'],
        ['产出指标', '数量指标', '20', '18.8'],
        ['', '质量指标', '15', '15'],
        ['总分', '', '35', '33.8'],
      ],
    ]);
  });

  test('a line break in a text is a break, a tab a tab', () => {
    const document = text(
      writeDocx([{ kind: 'paragraph', runs: [{ text: 'a\tb\r\nc\nd' }] }], fflate),
      'word/document.xml',
    );
    expect(document).toContain(
      '<w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t><w:br/><w:t xml:space="preserve">c</w:t><w:br/><w:t xml:space="preserve">d</w:t>',
    );
  });
});

describe('loadZipWriter', () => {
  test('is missing_dependency when fflate cannot be loaded', async () => {
    const loaded = await loadZipWriter('.docx', () =>
      Promise.reject(new Error('Cannot find package fflate')),
    );
    expect(loaded.ok ? [] : loaded.issues.map((issue) => [issue.code, issue.message.en])).toEqual([
      [
        'missing_dependency',
        'Writing .docx files needs the optional dependency fflate, which could not be loaded (Cannot find package fflate): run npm install fflate@^0.8.0',
      ],
    ]);
  });
});
