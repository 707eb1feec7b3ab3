import type { Dec } from '../decimal/JixiaoDecimal.js';
import { parseDecimal } from '../decimal/parseDecimal.js';
import { isRecord } from '../issues/isRecord.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import type { LeafInput } from '../rules/LeafInput.js';
import { definedFields } from './definedFields.js';
import { isReservedId } from '../scheme/reservedIds.js';
import type { DataFileFields } from './dataFileJson.js';
import { departmentRowOf, type DepartmentRow } from './departmentRowOf.js';
import { answerWords, leafInputOf, type LeafInputFields } from './leafInputOf.js';

/**
 * Thrown inside the reader when a value is not exactly what the JSON form accepts: the reader
 * then gives up and zod reads the document, with its issues. One object, made once: giving up
 * costs no stack trace. Never leaves this file.
 */
const notQuick = new Error('not read quickly');

type Data = Readonly<Record<string, unknown>>;

/** A plain object, as JSON.parse makes them; anything else is zod's to read (and report). */
function plainObject(value: unknown): Data {
  if (!isRecord(value) || Array.isArray(value)) throw notQuick;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) throw notQuick;
  return value;
}

/** A plain object whose keys (as zod's strict objects list them, with for…in) are all known,
 * none of them undefined. */
function objectOf(value: unknown, known: ReadonlySet<string>): Data {
  const data = plainObject(value);
  for (const key in data) if (!known.has(key) || data[key] === undefined) throw notQuick;
  return data;
}

/** A plain object read as a record: its own keys, none reserved, symbol-keyed or undefined. */
function recordOf(value: unknown): readonly (readonly [string, unknown])[] {
  const data = plainObject(value);
  if (Object.getOwnPropertySymbols(data).length > 0) throw notQuick;
  const entries = Object.entries(data);
  for (const [key, entry] of entries) if (isReservedId(key) || entry === undefined) throw notQuick;
  return entries;
}

/** Each item of an array read by `each`; a hole is an undefined item, which no reader takes. */
function listOf<T>(value: unknown, each: (item: unknown) => T): T[] {
  if (!Array.isArray(value)) throw notQuick;
  const items: readonly unknown[] = value;
  const read: T[] = [];
  // for…of reads a hole as undefined, as zod's index loop does.
  for (const item of items) read.push(each(item));
  return read;
}

function text(value: unknown, nonEmpty = false): string {
  if (typeof value !== 'string' || (nonEmpty && value === '')) throw notQuick;
  return value;
}

function optionalText(value: unknown, nonEmpty = false): string | undefined {
  return value === undefined ? undefined : text(value, nonEmpty);
}

function textOrNumber(value: unknown): string | number | undefined {
  if (value === undefined || typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw notQuick;
}

function decimalOf(value: unknown): Dec {
  if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value)))
    throw notQuick;
  const parsed = parseDecimal(value);
  if (!parsed.ok) throw notQuick;
  return parsed.value;
}

function optionalDecimal(value: unknown): Dec | undefined {
  return value === undefined ? undefined : decimalOf(value);
}

function optionalBoolean(value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw notQuick;
}

function optionalYear(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1900 || value > 2200)
    throw notQuick;
  return value;
}

function oneOf<T extends string>(value: unknown, options: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const found = options.find((option) => option === value);
  if (found === undefined) throw notQuick;
  return found;
}

function nameOf(value: unknown): LocalizedText {
  if (typeof value === 'string') {
    if (value === '') throw notQuick;
    return { zh: value };
  }
  const name = objectOf(value, nameKeys);
  const zh = text(name['zh'], true);
  const en = optionalText(name['en']);
  return en === undefined ? { zh } : { zh, en };
}

const nameKeys = new Set(['zh', 'en']);
const rowKeys = new Set([
  'id',
  'name',
  'group',
  'weight',
  'weightBasis',
  'comparison',
  'target',
  'targetText',
  'unit',
  'actual',
  'score',
  'deviationReason',
  'evidence',
]);
const comparisons = ['>=', '>', '=', '<=', '<', 'qualitative'] as const;
const weightBases = ['report', 'assumed'] as const;

function rowOf(value: unknown): DepartmentRow {
  const row = objectOf(value, rowKeys);
  const id = text(row['id'], true);
  if (isReservedId(id)) throw notQuick;
  const read = departmentRowOf({
    id,
    name: nameOf(row['name']),
    group: optionalText(row['group'], true),
    weight: decimalOf(row['weight']),
    weightBasis: oneOf(row['weightBasis'], weightBases),
    comparison: oneOf(row['comparison'], comparisons),
    target: textOrNumber(row['target']),
    targetText: optionalText(row['targetText']),
    unit: optionalText(row['unit']),
    actual: textOrNumber(row['actual']),
    score: optionalDecimal(row['score']),
    deviationReason: optionalText(row['deviationReason']),
    evidence: optionalText(row['evidence']),
  });
  if (!read.ok) throw notQuick;
  return read.row;
}

const inputKeys = new Set([
  'actual',
  'target',
  'answer',
  'level',
  'score',
  'reason',
  'occurrences',
  'items',
  'notApplicable',
  'values',
  'evidence',
]);
const itemKeys = new Set(['text', 'points']);

function answerOf(value: unknown): LeafInputFields['answer'] {
  if (typeof value === 'boolean') return value;
  return oneOf(value, answerWords);
}

function leafInputAt(value: unknown): LeafInput {
  const input = objectOf(value, inputKeys);
  const occurrences = input['occurrences'];
  if (occurrences !== undefined && !(Number.isSafeInteger(occurrences) && Number(occurrences) >= 0))
    throw notQuick;
  const items = input['items'];
  const values = input['values'];
  return leafInputOf({
    actual: optionalDecimal(input['actual']),
    target: optionalDecimal(input['target']),
    answer: answerOf(input['answer']),
    level: optionalText(input['level'], true),
    score: optionalDecimal(input['score']),
    reason: optionalText(input['reason']),
    occurrences: typeof occurrences === 'number' ? occurrences : undefined,
    items:
      items === undefined
        ? undefined
        : listOf(items, (each) => {
            const item = objectOf(each, itemKeys);
            return { text: text(item['text'], true), points: optionalDecimal(item['points']) };
          }),
    notApplicable: optionalBoolean(input['notApplicable']),
    values:
      values === undefined
        ? undefined
        : Object.fromEntries(recordOf(values).map(([key, entry]) => [key, decimalOf(entry)])),
    evidence: optionalText(input['evidence']),
  });
}

const fileKeys = new Set([
  '$schema',
  'scheme',
  'year',
  'department',
  'project',
  'budget',
  'deviationReason',
  'indicators',
  'inputs',
]);
const departmentKeys = new Set(['name', 'year', 'source']);
const projectKeys = new Set(['name', 'department', 'code']);
const budgetKeys = new Set(['initial', 'fullYear', 'executed', 'unit']);
const deviationKeys = new Set(['above', 'whenMissed']);

function read(json: unknown): DataFileFields {
  const file = objectOf(json, fileKeys);
  const { department, project, budget, deviationReason, indicators, inputs } = file;
  const departmentData =
    department === undefined ? undefined : objectOf(department, departmentKeys);
  const projectData = project === undefined ? undefined : objectOf(project, projectKeys);
  const budgetData = budget === undefined ? undefined : objectOf(budget, budgetKeys);
  const deviationData =
    deviationReason === undefined ? undefined : objectOf(deviationReason, deviationKeys);
  const above = deviationData?.['above'];
  return definedFields({
    $schema: optionalText(file['$schema']),
    scheme: text(file['scheme'], true),
    year: optionalYear(file['year']),
    department:
      departmentData === undefined
        ? undefined
        : definedFields({
            name: text(departmentData['name'], true),
            year: optionalYear(departmentData['year']),
            source: optionalText(departmentData['source']),
          }),
    project:
      projectData === undefined
        ? undefined
        : definedFields({
            name: text(projectData['name'], true),
            department: optionalText(projectData['department']),
            code: optionalText(projectData['code']),
          }),
    budget:
      budgetData === undefined
        ? undefined
        : definedFields({
            initial: optionalDecimal(budgetData['initial']),
            fullYear: decimalOf(budgetData['fullYear']),
            executed: decimalOf(budgetData['executed']),
            unit: optionalText(budgetData['unit']),
          }),
    deviationReason:
      deviationData === undefined
        ? undefined
        : definedFields({
            above: above === false ? false : optionalDecimal(above),
            whenMissed: optionalBoolean(deviationData['whenMissed']),
          }),
    indicators:
      indicators === undefined
        ? undefined
        : Object.fromEntries(
            recordOf(indicators).map(([slot, rows]) => [slot, listOf(rows, rowOf)]),
          ),
    inputs:
      inputs === undefined
        ? undefined
        : Object.fromEntries(recordOf(inputs).map(([id, input]) => [id, leafInputAt(input)])),
  });
}

/**
 * Reads a data file that names a preset without zod, when every value in it is exactly what
 * {@link dataFileJson} accepts (plain objects with known keys, strings, finite numbers, readable
 * decimals and targets), into what zod would make of it: the same values, in the same key
 * order, made by the same transforms ({@link departmentRowOf}, {@link leafInputOf}). Anything
 * else — an inline scheme, a wrong type, an unknown or reserved key, a decimal or target that
 * does not read, a value from a class, an array with holes — is left to zod, which reads it and
 * reports every issue as it always has. Its depth is fixed by the form, so it needs no check
 * for nesting either.
 *
 * @param json - the value as given
 * @returns the fields, or undefined when zod must read the document
 *
 * @example
 * quickDataFile(JSON.parse(text)) ?? parseJsonWith(dataFileJson, json);
 *
 * @internal
 */
export function quickDataFile(json: unknown): DataFileFields | undefined {
  try {
    return read(json);
  } catch (error) {
    if (error === notQuick) return undefined;
    throw error;
  }
}
