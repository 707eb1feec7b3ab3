import { Decimal } from 'decimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import { failureOf, success, type Result } from '../issues/Result.js';
import type { RuleBase } from '../rules/RuleBase.js';
import { leafRoles } from '../scheme/LeafRole.js';
import type { Scheme } from '../scheme/Scheme.js';
import { invalidType, type ExpectedType } from './invalidType.js';
import { isRecord } from '../issues/isRecord.js';
import { knownDeepFrozen } from '../scheme/knownDeepFrozen.js';
import { shownValue } from './shownValue.js';
import { readDecimal } from './readDecimal.js';

type Data = Readonly<Record<string, unknown>>;

const notApplicablePolicies: readonly unknown[] = ['rescale', 'full', 'forbid'];
const nodeTypes: readonly unknown[] = ['category', 'leaf'];
const basisKinds: readonly unknown[] = ['report', 'national', 'assumed'];
const roles: readonly unknown[] = leafRoles;

const aScheme: ExpectedType = { zh: '对象（评价方案）', en: 'an object (a scheme)' };
const aString: ExpectedType = { zh: '字符串', en: 'a string' };
const aNumber: ExpectedType = { zh: '数值', en: 'a number' };
const aText: ExpectedType = { zh: '名称 { zh, en? }', en: 'a name { zh, en? }' };
const aList: ExpectedType = { zh: '数组', en: 'an array' };
const anObject: ExpectedType = { zh: '对象', en: 'an object' };
const ruleDataExpected: ExpectedType = {
  zh: '规则数据（数值、字符串、布尔值、数组或对象）',
  en: 'rule data (decimals, strings, numbers, booleans, arrays or objects)',
};

function invalidValue(path: IssuePath, options: readonly unknown[], value: unknown): Issue {
  const expected = options.map((option) => JSON.stringify(option)).join(' | ');
  const received = shownValue(value);
  return createIssue(
    'invalid_value',
    path,
    { zh: `取值无效，应为 ${expected}`, en: `Invalid value; expected ${expected}` },
    { expected, received },
  );
}

/**
 * Parts known to be deep-frozen ({@link knownDeepFrozen}) that were read without an issue and came
 * back as they were: read again (a preset's fixed parts, in every scheme it builds), they would
 * give the same, so they are not walked again.
 */
const readAsGiven = new WeakSet();

/**
 * Walks what an untyped caller gave as a scheme: each check pushes its issue, and each part comes
 * back as it is, or copied with its decimals read onto the library's constructor.
 */
class SchemeReader {
  readonly issues: Issue[] = [];

  /** The part as `read` reads it; a deep-frozen part read as given once is not read again. */
  remembered(value: unknown, read: () => unknown): unknown {
    const settled = typeof value === 'object' && value !== null && knownDeepFrozen.has(value);
    if (settled && readAsGiven.has(value)) return value;
    const before = this.issues.length;
    const result = read();
    if (settled && result === value && this.issues.length === before) readAsGiven.add(value);
    return result;
  }

  string(data: Data, key: string, path: IssuePath, optional = false): void {
    const value = data[key];
    if (typeof value === 'string' || (optional && value === undefined)) return;
    this.issues.push(invalidType([...path, key], aString, value));
  }

  text(data: Data, key: string, path: IssuePath, optional = false): void {
    const value = data[key];
    if (optional && value === undefined) return;
    const isText =
      isRecord(value) &&
      typeof value['zh'] === 'string' &&
      (value['en'] === undefined || typeof value['en'] === 'string');
    if (!isText) this.issues.push(invalidType([...path, key], aText, value));
  }

  oneOf(data: Data, key: string, options: readonly unknown[], path: IssuePath): void {
    const value = data[key];
    if (!options.includes(value)) this.issues.push(invalidValue([...path, key], options, value));
  }

  /** The decimal, read onto the library's constructor; the value itself when it fails. */
  decimal(value: unknown, path: IssuePath): unknown {
    const read = readDecimal(value, path);
    if (read.ok) return read.value;
    this.issues.push(...read.issues);
    return value;
  }

  /** The list, each item read; the same list when no item changed. */
  list(value: unknown, path: IssuePath, item: (each: unknown, at: IssuePath) => unknown): unknown {
    if (!Array.isArray(value)) {
      this.issues.push(invalidType(path, aList, value));
      return value;
    }
    const items: readonly unknown[] = value;
    const read = items.map((each, index) => item(each, [...path, index]));
    return read.every((each, index) => each === items[index]) ? value : read;
  }

  /** Rule data with every decimal in it read onto the library's constructor, copied if need be. */
  ruleData(value: unknown, path: IssuePath, inList = false): unknown {
    return this.remembered(value, () => this.ruleDataRead(value, path, inList));
  }

  ruleDataRead(value: unknown, path: IssuePath, inList: boolean): unknown {
    if (Decimal.isDecimal(value)) return this.decimal(value, path);
    const type = typeof value;
    if (
      type === 'bigint' ||
      type === 'function' ||
      type === 'symbol' ||
      (inList && type === 'undefined')
    ) {
      this.issues.push(invalidType(path, ruleDataExpected, value));
      return value;
    }
    if (Array.isArray(value)) {
      return this.list(value, path, (each, at) => this.ruleData(each, at, true));
    }
    if (!isRecord(value)) return value;
    const prototype: unknown = Object.getPrototypeOf(value);
    // Only plain data is walked: a rule kind's own class instances are its business.
    if (prototype !== Object.prototype && prototype !== null) return value;
    const entries: [string, unknown][] = Object.entries(value);
    const read = entries.map(([key, entry]): [string, unknown] => [
      key,
      this.ruleData(entry, [...path, key]),
    ]);
    if (read.every(([key, entry]) => entry === value[key])) return value;
    // fromEntries keeps a key such as "__proto__" an ordinary key.
    const copy: Data = Object.fromEntries(read);
    if (prototype === null) Object.setPrototypeOf(copy, null);
    return Object.freeze(copy);
  }

  /** A part with some of its fields replaced; the part itself when none changed. */
  static replaced(data: Data, changes: Data): Data {
    const changed = Object.entries(changes).some(([key, value]) => value !== data[key]);
    return changed ? Object.freeze({ ...data, ...changes }) : data;
  }

  band(value: unknown, path: IssuePath): unknown {
    if (!isRecord(value)) {
      this.issues.push(invalidType(path, anObject, value));
      return value;
    }
    this.string(value, 'grade', path);
    this.text(value, 'name', path);
    return SchemeReader.replaced(value, { min: this.decimal(value['min'], [...path, 'min']) });
  }

  node(value: unknown, path: IssuePath): unknown {
    return this.remembered(value, () => this.nodeRead(value, path));
  }

  nodeRead(value: unknown, path: IssuePath): unknown {
    if (!isRecord(value)) {
      this.issues.push(invalidType(path, anObject, value));
      return value;
    }
    this.oneOf(value, 'type', nodeTypes, path);
    this.string(value, 'id', path);
    this.text(value, 'name', path);
    this.text(value, 'description', path, true);
    const weight = this.decimal(value['weight'], [...path, 'weight']);
    if (value['type'] === 'category') {
      const children = this.list(value['children'], [...path, 'children'], (each, at) =>
        this.node(each, at),
      );
      return SchemeReader.replaced(value, { weight, children });
    }
    if (value['type'] !== 'leaf') return value;
    const { rule, basis } = value;
    if (basis !== undefined) {
      if (isRecord(basis)) {
        this.oneOf(basis, 'kind', basisKinds, [...path, 'basis']);
        this.string(basis, 'reference', [...path, 'basis']);
      } else this.issues.push(invalidType([...path, 'basis'], anObject, basis));
    }
    if (value['role'] !== undefined) this.oneOf(value, 'role', roles, path);
    if (!isRecord(rule)) {
      this.issues.push(invalidType([...path, 'rule'], anObject, rule));
      return value;
    }
    this.string(rule, 'kind', [...path, 'rule']);
    return SchemeReader.replaced(value, { weight, rule: this.ruleData(rule, [...path, 'rule']) });
  }

  scheme(value: unknown): unknown {
    if (!isRecord(value)) {
      this.issues.push(invalidType([], aScheme, value));
      return value;
    }
    this.string(value, 'id', []);
    this.string(value, 'version', []);
    this.text(value, 'title', []);
    this.string(value, 'source', [], true);
    const year = value['effectiveYear'];
    if (year !== undefined && typeof year !== 'number') {
      this.issues.push(invalidType(['effectiveYear'], aNumber, year));
    }
    const { rounding } = value;
    if (isRecord(rounding)) {
      // Their values are the validator's to check; it needs a number and a string to show.
      if (typeof rounding['scale'] !== 'number') {
        this.issues.push(invalidType(['rounding', 'scale'], aNumber, rounding['scale']));
      }
      this.string(rounding, 'mode', ['rounding']);
    } else this.issues.push(invalidType(['rounding'], anObject, rounding));
    this.oneOf(value, 'notApplicable', notApplicablePolicies, []);
    return SchemeReader.replaced(value, {
      fullMarks: this.decimal(value['fullMarks'], ['fullMarks']),
      grades: this.remembered(value['grades'], () =>
        this.list(value['grades'], ['grades'], (each, at) => this.band(each, at)),
      ),
      indicators: this.list(value['indicators'], ['indicators'], (each, at) => this.node(each, at)),
    });
  }
}

/**
 * Reads a scheme at the engine's boundary, where a caller the compiler did not check may have
 * put anything: every part the engine and the validator read is checked for its type, and every
 * decimal (full marks, grade bounds, weights, and any decimal in a rule's parameters) is read
 * onto the library's constructor, so that a caller's own decimal.js instance (whatever its
 * precision), a decimal string or number is converted, and NaN, ±Infinity or an out-of-range
 * value is reported. Parts without such decimals come back as they are: a scheme from
 * {@link defineScheme} or `parseScheme` is returned itself.
 *
 * @param value - what was given as a scheme
 * @returns the scheme on the library's decimals, or every issue found, each with its path
 *
 * @example
 * readScheme({ ...scheme, fullMarks: '100' }); // → ok, fullMarks the decimal 100
 * readScheme({ ...scheme, indicators: null }); // → invalid_type at ['indicators']
 *
 * @internal
 */
export function readScheme(value: unknown): Result<Scheme<RuleBase>> {
  const reader = new SchemeReader();
  const read = reader.scheme(value);
  const invalid = failureOf(reader.issues);
  if (invalid !== undefined) return invalid;
  // Every part the engine reads was checked above to have the type the Scheme type gives it.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- checked above
  return success(read as Scheme<RuleBase>);
}
