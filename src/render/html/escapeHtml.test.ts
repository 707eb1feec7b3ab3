import { describe, expect, test } from 'vitest';
import { escapeHtml } from './escapeHtml.js';

describe('escapeHtml', () => {
  test('writes markup characters as references and replaces what a page should not carry', () => {
    expect(escapeHtml('A&B <script>"1"</script> \'x\'')).toBe(
      'A&amp;B &lt;script&gt;&quot;1&quot;&lt;/script&gt; &#39;x&#39;',
    );
    expect(escapeHtml('a\u0000b\u0007c\td\ne\rf\u007fg\u0085')).toBe(
      'a\uFFFDb\uFFFDc\td\ne\rf\uFFFDg\uFFFD',
    );
    expect(escapeHtml('\uD800x\uDC00 😀 \uFFFE')).toBe('\uFFFDx\uFFFD 😀 \uFFFD');
    expect(escapeHtml('&amp; 得分率 99.56%')).toBe('&amp;amp; 得分率 99.56%');
  });
});
