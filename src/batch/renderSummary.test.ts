import { describe, expect, test } from 'vitest';
import { sampleSummary } from '../../test/support/batchEntries.js';
import { renderSummaryCsv } from './renderSummaryCsv.js';
import { renderSummaryMarkdown } from './renderSummaryMarkdown.js';
import { renderSummaryTable } from './renderSummaryTable.js';

const summary = sampleSummary('=HYPERLINK("x").json', { zh: 'x', en: 'x' });

describe('a batch summary written out', () => {
  test('as a terminal table: sections, columns by display width, numbers right-aligned', () => {
    expect(renderSummaryTable(summary)).toBe(
      [
        '概况',
        '项目    数量',
        '──────  ────',
        '文档       3',
        '已评分     2',
        '失败       1',
        '',
        '等级分布',
        '等级  数量',
        '────  ────',
        '优       1',
        '良       1',
        '',
        '总分排名',
        '名次  文件                  单位 / 项目          方案                    总分  等级',
        '────  ────────────────────  ───────────────────  ─────────────────────  ─────  ────',
        '   1  a.json                项目0 · 某局 · 2024  national-project@2020  94.60  优',
        '   2  =HYPERLINK("x").json  项目1 · 某局 · 2024  national-project@2020  81.20  良',
        '',
        '一级指标分布',
        '方案                   一级指标    分值  已评分文档  不适用  最低  中位数   最高  平均',
        '─────────────────────  ──────────  ────  ──────────  ──────  ────  ──────  ─────  ────',
        'national-project@2020  预算执行率    10           2       0  9.50    9.75  10.00  9.75',
        '',
        '失败的文档',
        '文件    问题',
        '──────  ─────────────────────────────────────────────',
        'c.json  scheme: 不是 JSON [invalid_json]（另有 1 项）',
        '',
      ].join('\n'),
    );
  });

  test('in English', () => {
    expect(renderSummaryTable(summary, { lang: 'en' }).split('\n').slice(0, 6)).toEqual([
      'Overview',
      'what       count',
      '─────────  ─────',
      'documents      3',
      'scored         2',
      'failed         1',
    ]);
  });

  test('as Markdown: a heading and a table per section', () => {
    expect(renderSummaryMarkdown(summary).split('\n').slice(0, 8)).toEqual([
      '## 概况',
      '',
      '| 项目 | 数量 |',
      '| --- | ---: |',
      '| 文档 | 3 |',
      '| 已评分 | 2 |',
      '| 失败 | 1 |',
      '',
    ]);
  });

  test('as CSV: sections parted by an empty row, a formula-like name guarded', () => {
    const lines = renderSummaryCsv(summary).split('\r\n');
    expect(lines.slice(0, 5)).toEqual(['概况', '项目,数量', '文档,3', '已评分,2', '失败,1']);
    expect(lines).toContain(
      '2,"\'=HYPERLINK(""x"").json",项目1 · 某局 · 2024,national-project@2020,81.20,良',
    );
  });
});
