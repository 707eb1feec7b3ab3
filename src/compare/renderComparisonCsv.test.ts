import { describe, expect, test } from 'vitest';
import { nanzhou2023, nanzhou2024 } from '../../test/support/diffEvaluations.js';
import { compareEvaluations } from './compareEvaluations.js';
import { renderComparisonCsv } from './renderComparisonCsv.js';

const comparison = compareEvaluations(nanzhou2023, nanzhou2024);

describe('renderComparisonCsv', () => {
  test('Nanzhou 2023 → 2024 in English: header, the outputs, the total; CRLF line ends', () => {
    const lines = renderComparisonCsv(comparison, { lang: 'en' }).split('\r\n');
    expect(lines.slice(0, 2)).toEqual([
      'Level,Status,Matched by,Id before,Id after,Indicator before,Indicator after,Weight before,Weight after,Weight change,Score before,Score after,Score change,Rate before (%),Rate after (%),Rate change (points),Rule before,Rule after,Note',
      '1,changed,id,performance,performance,performance of duties,performance of duties,50,50,0,49.96,49.50,-0.46,99.92,99.00,-0.92,,,',
    ]);
    expect(lines.slice(4, 11)).toEqual([
      '4,changed,id,sanitation-fees,sanitation-fees,卫生清洁服务费、垃圾清运费、垃圾处理费目标收费完成值,卫生清洁服务费、垃圾清运费、垃圾处理费目标收费完成值,3,4,1,3.00,4.00,1.00,100.00,100.00,0.00,ratio,ratio,',
      '4,changed,name,sanitation-cleaning,cleaning-target,环卫保洁目标完成值,环卫保洁 目标完成值,3,3,0,3.00,3.00,0.00,100.00,100.00,0.00,level,level,"matched by name, was id sanitation-cleaning; renamed from 环卫保洁目标完成值"',
      '4,changed,id,rental-tax,rental-tax,出租屋综合税征收完成值,出租屋综合税征收完成率,3,3,0,3.00,3.00,0.00,100.00,100.00,0.00,ratio,ratio,renamed from 出租屋综合税征收完成值',
      '4,changed,id,social-work-station,social-work-station,完成社工站项目购买,完成社工站项目购买,3,2,-1,3.00,2.00,-1.00,100.00,100.00,0.00,equal,equal,',
      '4,removed,,community-activities,,开展城乡社区活动的村居个数,,3,,,3.00,,,100.00,,,ratio,,removed',
      '4,added,,,garbage-sorting,,生活垃圾分类覆盖社区数,,3,,,2.77,,,92.33,,,ratio,added',
      '3,changed,id,outputs/质量指标,outputs/质量指标,质量指标,质量指标,2,5,3,2.00,5.00,3.00,100.00,100.00,0.00,,,',
    ]);
    expect(lines.slice(-2)).toEqual([
      '0,,,,,Total,Total,100,100,0,91.46,96.00,4.54,91.46,96.00,4.54,,,Grade: excellent',
      '',
    ]);
  });

  test('in Chinese the header and the status words; a formula in a name is neutralised', () => {
    const [first, ...rest] = nanzhou2024.indicators;
    if (first === undefined) throw new Error('unreachable');
    const hostile = { ...nanzhou2024, indicators: [{ ...first, name: { zh: '=1+1' } }, ...rest] };
    const lines = renderComparisonCsv(compareEvaluations(nanzhou2023, hostile)).split('\r\n');
    expect(lines[0]).toBe(
      '层级,状态,匹配方式,原指标编号,新指标编号,原指标,新指标,原分值,新分值,分值变化,原得分,新得分,得分变化,原得分率（%）,新得分率（%）,得分率变化（百分点）,原规则,新规则,说明',
    );
    expect(lines[1]).toBe(
      `1,变化,编号,performance,performance,履职效能,"'=1+1",50,50,0,49.96,49.50,-0.46,99.92,99.00,-0.92,,,原名：履职效能`,
    );
  });
});
