import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { xmlText } from './xmlText.js';

describe('xmlText', () => {
  test('escapes markup and replaces what XML cannot hold', () => {
    expect(xmlText('A&B <"1"> \'x\'')).toBe('A&amp;B &lt;&quot;1&quot;&gt; &apos;x&apos;');
    expect(xmlText('a\u0000b\u0007c\td\ne\rf')).toBe('a\uFFFDb\uFFFDc\td\ne\rf');
    expect(xmlText('\uD800x\uDC00 😀 \uFFFE')).toBe('\uFFFDx\uFFFD 😀 \uFFFD');
    expect(xmlText('得分率 99.56%')).toBe('得分率 99.56%');
  });

  property.prop([fc.string({ unit: 'binary' })], { numRuns: 300 })(
    'the result holds no markup character unescaped and only characters XML 1.0 allows',
    (text) => {
      const written = xmlText(text);
      expect(written).not.toMatch(/[<>"']|&(?!(?:amp|lt|gt|quot|apos);)/u);
      // eslint-disable-next-line no-control-regex -- the control characters are what is looked for
      expect(written).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u);
      expect(written).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
    },
  );
});
