import { createIssue } from '../../issues/createIssue.js';
import { failure, success, type Result } from '../../issues/Result.js';
import { visibleText } from '../../issues/visibleText.js';
import { attributeValue } from './ooxmlNames.js';
import { parseXml, type XmlElement } from './parseXml.js';

/** A package relationship: its id, type URI and target part (resolved to a part name). */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The parts of a package, looked up as OPC does: part names compare without case. */
export class PackageParts {
  private readonly byLowerName = new Map<string, Uint8Array>();

  constructor(parts: ReadonlyMap<string, Uint8Array>) {
    for (const [name, bytes] of parts) {
      const key = name.replace(/^\/+/, '').toLowerCase();
      if (!this.byLowerName.has(key)) this.byLowerName.set(key, bytes);
    }
  }

  /** Whether the package has the part. */
  has(name: string): boolean {
    return this.byLowerName.has(name.toLowerCase());
  }

  /** The part parsed as XML, `missing_part` when absent, or the XML reader's issue. */
  xml(name: string): Result<XmlElement> {
    const bytes = this.byLowerName.get(name.toLowerCase());
    if (bytes === undefined) return failure([missingPart(name)]);
    return parseXml(bytes, name);
  }

  /**
   * The relationships of a part (`word/document.xml` → `word/_rels/document.xml.rels`; the
   * package's own for `''`), targets resolved to part names; none when the part has no
   * relationships part.
   */
  relationships(source: string): Result<readonly Relationship[]> {
    const slash = source.lastIndexOf('/');
    const folder = source.slice(0, slash + 1);
    const name = `${folder}_rels/${source.slice(slash + 1)}.rels`;
    if (!this.has(name)) return success([]);
    const parsed = this.xml(name);
    if (!parsed.ok) return parsed;
    const relationships = parsed.value.children.flatMap((child): Relationship[] => {
      if (typeof child === 'string' || child.name !== 'Relationship') return [];
      const id = attributeValue(child, 'Id') ?? '';
      const type = attributeValue(child, 'Type') ?? '';
      const target = attributeValue(child, 'Target') ?? '';
      const external = attributeValue(child, 'TargetMode') === 'External';
      return [{ id, type, target: external ? target : resolvePart(folder, target), external }];
    });
    return success(relationships);
  }
}

/** The issue for a part the package lacks. */
export function missingPart(name: string): ReturnType<typeof createIssue> {
  return createIssue(
    'missing_part',
    [name],
    {
      zh: `文件中缺少部件「${visibleText(name)}」（文件不完整或不是此类 Office 文件）`,
      en: `The file has no part "${visibleText(name)}" (it is incomplete, or not this kind of Office file)`,
    },
    { expected: name },
  );
}

/** A relationship target as a part name: absolute (`/xl/…`) or relative to the source folder. */
export function resolvePart(folder: string, target: string): string {
  const absolute = target.startsWith('/');
  const segments = (absolute ? target.slice(1) : `${folder}${target}`).split('/');
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === '..') resolved.pop();
    else if (segment !== '.' && segment !== '') resolved.push(segment);
  }
  return resolved.join('/');
}

/**
 * The main part of the package (the relationship of type …/officeDocument from `_rels/.rels`),
 * or the usual path when the package does not name one.
 */
export function mainPart(parts: PackageParts, usualPath: string): Result<string> {
  const relationships = parts.relationships('');
  if (!relationships.ok) return relationships;
  const main = relationships.value.find(
    (each) => !each.external && each.type.endsWith('/officeDocument') && parts.has(each.target),
  );
  return success(main?.target ?? usualPath);
}
