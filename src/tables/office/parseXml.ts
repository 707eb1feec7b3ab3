import { createIssue } from '../../issues/createIssue.js';
import type { BilingualMessage } from '../../issues/Issue.js';
import { failure, success, type Result } from '../../issues/Result.js';
import { visibleText } from '../../issues/visibleText.js';

/** An attribute: its namespace URI (`''` when unprefixed), local name and value. */
export interface XmlAttribute {
  readonly namespace: string;
  readonly name: string;
  readonly value: string;
}

/** An element: namespace URI and local name, attributes in order, and children (text or elements). */
export interface XmlElement {
  readonly namespace: string;
  readonly name: string;
  /** The name as written, with its prefix (`w:t`). */
  readonly qualifiedName: string;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlNode[];
}

/** A child of an element: character data (entities decoded, CDATA included) or an element. */
export type XmlNode = XmlElement | string;

/** How deep elements may nest before a part is refused (OOXML parts nest a few dozen deep). */
export const maxXmlDepth = 512;

const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';
const xmlnsNamespace = 'http://www.w3.org/2000/xmlns/';
const predefined: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['apos', "'"],
  ['quot', '"'],
]);

/** An element being read: what it will be, its start offset and the prefixes it declares. */
interface OpenElement {
  readonly element: XmlElement & { readonly children: XmlNode[] };
  readonly start: number;
  /** The prefixes (`''` for the default) its `xmlns` attributes bind, unbound when it closes. */
  readonly declared: readonly string[];
}

/** Why the text is not well-formed, and where (a character offset). */
class XmlError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: BilingualMessage,
  ) {
    super(reason.en);
  }
}

const isSpace = (char: string | undefined): boolean =>
  char === ' ' || char === '\n' || char === '\r' || char === '\t';

/** Decodes a part's bytes: UTF-8 unless a byte-order mark or the first bytes say UTF-16. */
function decodePart(bytes: Uint8Array): string | undefined {
  const [first, second] = bytes;
  const encoding =
    (first === 0xff && second === 0xfe) || (first === 0x3c && second === 0x00)
      ? 'utf-16le'
      : (first === 0xfe && second === 0xff) || (first === 0x00 && second === 0x3c)
        ? 'utf-16be'
        : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes the predefined entities and character references of a run of text. */
function decodeEntities(text: string, offset: number): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semicolon = text.indexOf(';', amp + 1);
    const name = semicolon < 0 || semicolon - amp > 12 ? undefined : text.slice(amp + 1, semicolon);
    const decoded = name === undefined ? undefined : entityText(name);
    if (decoded === undefined) {
      const shown = visibleText(
        text.slice(amp, name === undefined ? Math.min(text.length, amp + 10) : semicolon + 1),
      );
      throw new XmlError(offset + amp, {
        zh: `无法识别的实体或字符引用「${shown}」（只接受 &lt; &gt; &amp; &apos; &quot; 与 &#…;）`,
        en: `Unknown entity or character reference "${shown}" (only &lt; &gt; &amp; &apos; &quot; and &#…; are read)`,
      });
    }
    out += text.slice(from, amp) + decoded;
    from = (semicolon < 0 ? amp : semicolon) + 1;
    amp = text.indexOf('&', from);
  }
  return out + text.slice(from);
}

/** The text of one entity name (`amp`, `#x4E00`, `#20013`), or undefined when it is none. */
function entityText(name: string): string | undefined {
  const named = predefined.get(name);
  if (named !== undefined) return named;
  const code = /^#x[0-9A-Fa-f]{1,6}$/.test(name)
    ? Number.parseInt(name.slice(2), 16)
    : /^#[0-9]{1,7}$/.test(name)
      ? Number.parseInt(name.slice(1), 10)
      : undefined;
  if (code === undefined || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
    return undefined;
  return String.fromCodePoint(code);
}

/**
 * The one parse: a scanner over the text with an explicit stack of open elements. The namespace
 * scope is one map from each prefix to the stack of its bindings, innermost last: an element's
 * declarations are pushed when it opens and popped when it closes, so a lookup is one map read
 * and each declaration costs two steps, however many are in scope (copying the scope for each
 * declaring element would take declarations × elements).
 */
class XmlScanner {
  private position = 0;
  private readonly stack: OpenElement[] = [];
  private readonly bindings = new Map<string, string[]>();
  private root: XmlElement | undefined;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  /** Binds an element's declared prefixes, innermost last. */
  private bind(declarations: readonly { name: string; value: string }[]): string[] {
    const declared: string[] = [];
    for (const each of declarations) {
      const prefix = each.name === 'xmlns' ? '' : each.name.slice(6);
      const uris = this.bindings.get(prefix) ?? [];
      if (uris.length === 0) this.bindings.set(prefix, uris);
      uris.push(each.value);
      declared.push(prefix);
    }
    return declared;
  }

  /** Unbinds what {@link bind} bound for an element that closes. */
  private unbind(declared: readonly string[]): void {
    for (const prefix of declared) {
      this.bindings.get(prefix)?.pop();
    }
  }

  /** The URI a prefix is bound to in the current scope. */
  private lookup(prefix: string): string | undefined {
    return this.bindings.get(prefix)?.at(-1);
  }

  run(): XmlElement {
    const { text } = this;
    if (text.startsWith('\ufeff')) this.position = 1;
    while (this.position < text.length) {
      const lt = text.indexOf('<', this.position);
      const end = lt < 0 ? text.length : lt;
      if (end > this.position) this.characters(text.slice(this.position, end), this.position);
      if (lt < 0) break;
      this.position = this.markup(lt);
    }
    const open = this.stack.at(-1);
    if (open !== undefined)
      throw new XmlError(open.start, {
        zh: `元素 <${visibleText(open.element.qualifiedName)}> 没有结束标签`,
        en: `The element <${visibleText(open.element.qualifiedName)}> is never closed`,
      });
    if (this.root === undefined)
      throw new XmlError(text.length, { zh: '没有根元素', en: 'There is no root element' });
    return this.root;
  }

  /** Reads the markup that starts at `lt`, returning the offset after it. */
  private markup(lt: number): number {
    const { text } = this;
    if (text.startsWith('<!--', lt)) return this.skipTo('-->', lt, lt + 4, 'comment');
    if (text.startsWith('<![CDATA[', lt)) {
      const close = text.indexOf(']]>', lt + 9);
      if (close < 0) throw this.unclosed(lt, 'CDATA');
      this.appendText(text.slice(lt + 9, close), lt, true);
      return close + 3;
    }
    if (text.startsWith('<!DOCTYPE', lt))
      throw new XmlError(lt, {
        zh: '含有文档类型声明（DOCTYPE）：为防范实体扩展与外部实体，不读取此类部件',
        en: 'It has a document type declaration (DOCTYPE), which is refused (no entity expansion, no external entities)',
      });
    if (text.startsWith('<!', lt))
      throw new XmlError(lt, { zh: '无法识别的 <! 声明', en: 'An unknown <! declaration' });
    if (text.startsWith('<?', lt)) return this.skipTo('?>', lt, lt + 2, 'processing instruction');
    if (text[lt + 1] === '/') return this.endTag(lt);
    return this.startTag(lt);
  }

  private skipTo(close: string, lt: number, from: number, what: string): number {
    const at = this.text.indexOf(close, from);
    if (at < 0) throw this.unclosed(lt, what);
    return at + close.length;
  }

  private unclosed(offset: number, what: string): XmlError {
    const zh = what === 'comment' ? '注释' : what === 'CDATA' ? 'CDATA 段' : '处理指令';
    return new XmlError(offset, { zh: `${zh}没有结束`, en: `The ${what} is never closed` });
  }

  /** Character data between markup: decoded into the open element, or white space outside. */
  private characters(raw: string, offset: number): void {
    if (this.stack.length === 0) {
      for (let index = 0; index < raw.length; index += 1) {
        if (!isSpace(raw[index]))
          throw new XmlError(offset + index, {
            zh: '根元素之外有文字',
            en: 'There is text outside the root element',
          });
      }
      return;
    }
    this.appendText(decodeEntities(raw, offset), offset, false);
  }

  private appendText(value: string, offset: number, cdata: boolean): void {
    const open = this.stack.at(-1);
    if (open === undefined) {
      if (cdata)
        throw new XmlError(offset, {
          zh: '根元素之外有 CDATA 段',
          en: 'There is a CDATA section outside the root element',
        });
      return;
    }
    if (value === '') return;
    const { children } = open.element;
    const last = children.at(-1);
    if (typeof last === 'string') children[children.length - 1] = last + value;
    else children.push(value);
  }

  private endTag(lt: number): number {
    const { text } = this;
    const gt = text.indexOf('>', lt + 2);
    if (gt < 0)
      throw new XmlError(lt, { zh: '结束标签没有 >', en: 'The end tag has no closing >' });
    const name = text.slice(lt + 2, gt).trimEnd();
    const open = this.stack.pop();
    if (open?.element.qualifiedName !== name)
      throw new XmlError(lt, {
        zh: `结束标签 </${visibleText(name)}> 与开始标签${open === undefined ? '（无）' : ` <${visibleText(open.element.qualifiedName)}>`}不匹配`,
        en: `The end tag </${visibleText(name)}> does not match ${open === undefined ? 'any start tag' : `the start tag <${visibleText(open.element.qualifiedName)}>`}`,
      });
    this.unbind(open.declared);
    if (this.stack.length === 0) this.root = open.element;
    return gt + 1;
  }

  /** Reads a start tag (or an empty-element tag) and its attributes. */
  private startTag(lt: number): number {
    const { text } = this;
    if (this.root !== undefined)
      throw new XmlError(lt, {
        zh: '根元素之后又有元素',
        en: 'There is an element after the root element',
      });
    if (this.stack.length >= this.maxDepth)
      throw new XmlError(lt, {
        zh: `元素嵌套超过 ${this.maxDepth} 层`,
        en: `Elements nest deeper than ${this.maxDepth} levels`,
      });
    let index = lt + 1;
    const nameEnd = this.nameEnd(index);
    const qualifiedName = text.slice(index, nameEnd);
    if (qualifiedName === '')
      throw new XmlError(lt, { zh: '< 之后没有元素名', en: 'There is no element name after <' });
    index = nameEnd;
    const raw: { name: string; value: string; offset: number }[] = [];
    for (;;) {
      while (isSpace(text[index])) index += 1;
      const char = text[index];
      if (char === undefined)
        throw new XmlError(lt, { zh: '标签没有结束', en: 'The tag is never closed' });
      if (char === '>' || (char === '/' && text[index + 1] === '>')) break;
      const attributeEnd = this.nameEnd(index);
      const name = text.slice(index, attributeEnd);
      let at = attributeEnd;
      while (isSpace(text[at])) at += 1;
      const quote = text[at + 1 + this.spacesAt(at + 1)];
      if (name === '' || text[at] !== '=' || (quote !== '"' && quote !== "'"))
        throw new XmlError(index, {
          zh: `标签 <${visibleText(qualifiedName)}> 的属性写法不对（应为 名称="值"）`,
          en: `An attribute of <${visibleText(qualifiedName)}> is malformed (expected name="value")`,
        });
      const valueStart = at + 1 + this.spacesAt(at + 1) + 1;
      const valueEnd = text.indexOf(quote, valueStart);
      if (valueEnd < 0)
        throw new XmlError(index, {
          zh: '属性值没有结束引号',
          en: 'An attribute value is never closed',
        });
      const value = text.slice(valueStart, valueEnd);
      if (value.includes('<'))
        throw new XmlError(valueStart, { zh: '属性值中有 <', en: 'An attribute value contains <' });
      raw.push({
        name,
        value: decodeEntities(value.replace(/[\t\n\r]/g, ' '), valueStart),
        offset: index,
      });
      index = valueEnd + 1;
      const next = text[index];
      if (next !== undefined && !isSpace(next) && next !== '>' && next !== '/')
        throw new XmlError(index, {
          zh: '属性之间缺少空白',
          en: 'Attributes are not separated by white space',
        });
    }
    const selfClosing = text[index] === '/';
    this.open(qualifiedName, raw, lt, selfClosing);
    return index + (selfClosing ? 2 : 1);
  }

  private spacesAt(from: number): number {
    let count = 0;
    while (isSpace(this.text[from + count])) count += 1;
    return count;
  }

  /** The offset where a name starting at `from` ends. */
  private nameEnd(from: number): number {
    const { text } = this;
    let index = from;
    for (;;) {
      const char = text[index];
      if (
        char === undefined ||
        isSpace(char) ||
        char === '>' ||
        char === '/' ||
        char === '=' ||
        char === '<' ||
        char === '"' ||
        char === "'"
      )
        return index;
      index += 1;
    }
  }

  /** Resolves namespaces and pushes the element (or adds it at once when it closes itself). */
  private open(
    qualifiedName: string,
    raw: readonly { name: string; value: string; offset: number }[],
    lt: number,
    selfClosing: boolean,
  ): void {
    const parent = this.stack.at(-1);
    const declared = this.bind(
      raw.filter((each) => each.name === 'xmlns' || each.name.startsWith('xmlns:')),
    );
    const seen = new Set<string>();
    const attributes: XmlAttribute[] = raw.map((each) => {
      if (seen.has(each.name))
        throw new XmlError(each.offset, {
          zh: `属性「${visibleText(each.name)}」重复`,
          en: `The attribute "${visibleText(each.name)}" is repeated`,
        });
      seen.add(each.name);
      if (each.name === 'xmlns' || each.name.startsWith('xmlns:'))
        return { namespace: xmlnsNamespace, name: each.name, value: each.value };
      const [namespace, name] = this.resolve(each.name, each.offset, false);
      return { namespace, name, value: each.value };
    });
    const [namespace, name] = this.resolve(qualifiedName, lt, true);
    const children: XmlNode[] = [];
    const element = { namespace, name, qualifiedName, attributes, children };
    if (parent !== undefined) parent.element.children.push(element);
    if (!selfClosing) this.stack.push({ element, start: lt, declared });
    else {
      this.unbind(declared);
      if (parent === undefined) this.root = element;
    }
  }

  /** The namespace URI and local name of a qualified name, from the current scope. */
  private resolve(
    qualified: string,
    offset: number,
    isElement: boolean,
  ): readonly [string, string] {
    const colon = qualified.indexOf(':');
    if (colon < 0) return [isElement ? (this.lookup('') ?? '') : '', qualified];
    const prefix = qualified.slice(0, colon);
    const local = qualified.slice(colon + 1);
    const uri = prefix === 'xml' ? xmlNamespace : this.lookup(prefix);
    if (uri === undefined || uri === '' || local === '')
      throw new XmlError(offset, {
        zh: `名称「${visibleText(qualified)}」的前缀未声明命名空间`,
        en: `The prefix of "${visibleText(qualified)}" has no namespace declaration`,
      });
    return [uri, local];
  }
}

/**
 * Reads one XML part of an Office file: elements with their namespaces resolved, attributes,
 * text with the five predefined entities and character references decoded, CDATA as text.
 * Comments and processing instructions are skipped. Non-validating and safe on any input: a
 * document type declaration is refused (so no entity is ever expanded and nothing external is
 * loaded), nesting is limited to {@link maxXmlDepth} levels, the scan is iterative and linear
 * (namespace declarations included: a prefix is looked up in one step, however many are in
 * scope), and nothing throws: what is not well-formed is an `invalid_xml` issue naming the part and the
 * character offset.
 *
 * @param source - the part's bytes (UTF-8, or UTF-16 with a byte-order mark) or its text
 * @param part - the part's name in the package, for issues (`word/document.xml`)
 * @param maxDepth - how deep elements may nest
 * @returns the root element, or one `invalid_xml` issue at `[part, offset]`
 *
 * @example
 * const parsed = parseXml('<w:t xmlns:w="urn:w">a &amp; b</w:t>', 'word/document.xml');
 * if (parsed.ok) parsed.value.children; // → ['a & b']
 */
export function parseXml(
  source: Uint8Array | string,
  part: string,
  maxDepth: number = maxXmlDepth,
): Result<XmlElement> {
  const text = typeof source === 'string' ? source : decodePart(source);
  if (text === undefined)
    return failure([
      createIssue('invalid_xml', [part, 0], {
        zh: `部件「${visibleText(part)}」不是有效的 UTF-8 或 UTF-16 文本`,
        en: `The part "${visibleText(part)}" is not valid UTF-8 or UTF-16 text`,
      }),
    ]);
  try {
    return success(new XmlScanner(text, maxDepth).run());
  } catch (error) {
    if (!(error instanceof XmlError)) return unreadable(part, error);
    return failure([
      createIssue(
        'invalid_xml',
        [part, error.offset],
        {
          zh: `部件「${visibleText(part)}」不是格式正确的 XML（第 ${error.offset} 个字符处）：${error.reason.zh}`,
          en: `The part "${visibleText(part)}" is not well-formed XML (at character ${error.offset}): ${error.reason.en}`,
        },
        { expected: 'well-formed XML without a DOCTYPE', received: error.reason.en },
      ),
    ]);
  }
}

/** The issue for a failure that is not the text's (a string too long for the engine, say). */
function unreadable(part: string, error: unknown): Result<XmlElement> {
  const reason = error instanceof Error ? error.message : String(error);
  return failure([
    createIssue(
      'invalid_xml',
      [part, 0],
      {
        zh: `部件「${visibleText(part)}」无法作为 XML 读取：${visibleText(reason)}`,
        en: `The part "${visibleText(part)}" could not be read as XML: ${visibleText(reason)}`,
      },
      { expected: 'well-formed XML without a DOCTYPE', received: reason },
    ),
  ]);
}
