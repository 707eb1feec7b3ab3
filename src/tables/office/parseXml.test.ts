import { describe, expect, test } from 'vitest';
import { parseXml, type XmlElement, type XmlNode } from './parseXml.js';

const ns = 'urn:example';

/** The parsed root, failing the test when the text is refused. */
function rootOf(text: string): XmlElement {
  const parsed = parseXml(text, 'part.xml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

/** The code, path and English reason of a refused text. */
function refusal(text: string | Uint8Array, maxDepth?: number): readonly unknown[] {
  const parsed = parseXml(text, 'word/document.xml', maxDepth);
  if (parsed.ok) throw new Error('parsed');
  const [issue] = parsed.issues;
  return [issue.code, issue.path, issue.received];
}

const textOf = (node: XmlNode): string =>
  typeof node === 'string' ? node : node.children.map(textOf).join('');

describe('well-formed parts', () => {
  test('resolves prefixes to namespace URIs for elements and attributes', () => {
    const root = rootOf(`<w:doc xmlns:w="${ns}"><w:p w:val="x" plain="y"/></w:doc>`);
    const [paragraph] = root.children as XmlElement[];
    expect([root.namespace, root.name, root.qualifiedName]).toEqual([ns, 'doc', 'w:doc']);
    expect(paragraph?.attributes.filter((each) => !each.name.startsWith('xmlns'))).toEqual([
      { namespace: ns, name: 'val', value: 'x' },
      { namespace: '', name: 'plain', value: 'y' },
    ]);
  });

  test('applies a default namespace to unprefixed elements, and a redeclared prefix inside', () => {
    const root = rootOf(`<a xmlns="${ns}"><b xmlns="urn:other"/><c/></a>`);
    expect((root.children as XmlElement[]).map((each) => each.namespace)).toEqual([
      'urn:other',
      ns,
    ]);
  });

  test('decodes the five predefined entities and decimal and hex character references', () => {
    expect(textOf(rootOf('<t>&lt;&gt;&amp;&apos;&quot; &#20013;&#x6587; &#x1F600;</t>'))).toBe(
      `<>&'" 中文 😀`,
    );
  });

  test('reads CDATA as text, joined with the text around it', () => {
    expect(rootOf('<t>a<![CDATA[<b>&amp;]]>c</t>').children).toEqual(['a<b>&amp;c']);
  });

  test('skips the XML declaration, comments and processing instructions', () => {
    expect(
      rootOf(
        '\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><t>a<!-- x -->b<?pi x?></t>\n',
      ).children,
    ).toEqual(['ab']);
  });

  test('decodes UTF-8 bytes and UTF-16 bytes with a byte-order mark', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('<t>中</t>', 'utf16le')]);
    expect(parseXml(new TextEncoder().encode('<t>中</t>'), 'a.xml')).toMatchObject({
      ok: true,
      value: { children: ['中'] },
    });
    expect(parseXml(utf16, 'a.xml')).toMatchObject({ ok: true, value: { children: ['中'] } });
  });

  test('normalises white space in attribute values but keeps encoded white space', () => {
    expect(rootOf('<t a="x\ny&#10;z"/>').attributes).toEqual([
      { namespace: '', name: 'a', value: 'x y\nz' },
    ]);
  });
});

describe('refused parts', () => {
  test('a DOCTYPE, with or without entities, is refused and nothing is expanded', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><t>&lol2;</t>';
    expect(refusal(laughs)).toEqual([
      'invalid_xml',
      ['word/document.xml', 21],
      'It has a document type declaration (DOCTYPE), which is refused (no entity expansion, no external entities)',
    ]);
    expect(refusal('<!DOCTYPE t SYSTEM "file:///etc/passwd"><t/>')[1]).toEqual([
      'word/document.xml',
      0,
    ]);
  });

  test('an entity that is not predefined is refused at its offset', () => {
    expect(refusal('<t>a &nbsp; b</t>')).toEqual([
      'invalid_xml',
      ['word/document.xml', 5],
      'Unknown entity or character reference "&nbsp;" (only &lt; &gt; &amp; &apos; &quot; and &#…; are read)',
    ]);
  });

  test('a character reference to no character is refused', () => {
    expect(refusal('<t>&#0;</t>')[0]).toBe('invalid_xml');
    expect(refusal('<t>&#xD800;</t>')[0]).toBe('invalid_xml');
    expect(refusal('<t>&#x110000;</t>')[0]).toBe('invalid_xml');
  });

  test('100,000 nested elements are refused at the depth limit, without recursion', () => {
    const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    expect(refusal(deep)).toEqual([
      'invalid_xml',
      ['word/document.xml', 512 * 3],
      'Elements nest deeper than 512 levels',
    ]);
  });

  test('a mismatched end tag names both tags', () => {
    expect(refusal('<a><b></a></b>')).toEqual([
      'invalid_xml',
      ['word/document.xml', 6],
      'The end tag </a> does not match the start tag <b>',
    ]);
  });

  test('an element never closed, text outside the root and two roots are refused', () => {
    expect(refusal('<a><b>')).toEqual([
      'invalid_xml',
      ['word/document.xml', 3],
      'The element <b> is never closed',
    ]);
    expect(refusal('x<a/>')[2]).toBe('There is text outside the root element');
    expect(refusal('<a/><b/>')[2]).toBe('There is an element after the root element');
    expect(refusal('')[2]).toBe('There is no root element');
  });

  test('an undeclared prefix, a repeated attribute and an unquoted value are refused', () => {
    expect(refusal('<w:a/>')[2]).toBe('The prefix of "w:a" has no namespace declaration');
    expect(refusal('<a x="1" x="2"/>')[2]).toBe('The attribute "x" is repeated');
    expect(refusal('<a x=1/>')[2]).toBe('An attribute of <a> is malformed (expected name="value")');
  });

  test('unclosed comments, CDATA and tags are refused', () => {
    expect(refusal('<a><!-- x</a>')[2]).toBe('The comment is never closed');
    expect(refusal('<a><![CDATA[x</a>')[2]).toBe('The CDATA is never closed');
    expect(refusal('<a x="1"')[2]).toBe('The tag is never closed');
  });

  test('bytes that are not UTF-8 are refused', () => {
    expect(refusal(new Uint8Array([0x3c, 0x61, 0xff, 0x3e]))).toEqual([
      'invalid_xml',
      ['word/document.xml', 0],
      undefined,
    ]);
  });
});
