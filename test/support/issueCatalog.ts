// Every code the library can return, read from the source with the TypeScript parser: the codes
// of issues (`createIssue('code', …)` and issue objects written out), of findings and of audit
// checks, where each is raised, and the zh/en message written there. docs/issues.md is rendered
// from it (test/issues-doc.test.ts checks the two agree).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { sourceFiles, srcRoot } from '../architecture/sourceImports.js';

/** What a code names: a problem with the input, a note on a result, or a check of the audit. */
export type CodeKind = 'issue' | 'finding' | 'audit check';

/** One place a code is raised. */
export interface CodeSite {
  readonly code: string;
  readonly kind: CodeKind;
  /** The file, relative to src/. */
  readonly file: string;
  /** The function (or object property) the code is raised in. */
  readonly within: string;
  /** The message written there, placeholders as `{name}`; null when it is passed in. */
  readonly message: { readonly zh: string; readonly en: string } | null;
}

/** A code with every place it is raised. */
export interface CatalogEntry {
  readonly code: string;
  readonly kind: CodeKind;
  readonly sites: readonly CodeSite[];
}

/** A code literal in an object the catalog cannot place: the test reports it. */
export interface UnplacedCode {
  readonly code: string;
  readonly at: string;
}

const isString = (
  node: ts.Node | undefined,
): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node));

/** A message: its two texts, or the parameters of the enclosing function it is passed in by. */
type Message =
  | { readonly zh: string; readonly en: string }
  | { readonly forwardedBy: string; readonly zh: number; readonly en: number }
  | null;

/** The codes an expression can take, each with the message of its branch. */
function codesIn(
  code: ts.Expression,
  message: ts.Expression | undefined,
  file: ts.SourceFile,
): { readonly code: string; readonly message: Message }[] {
  const inner = (node: ts.Expression): ts.Expression =>
    ts.isParenthesizedExpression(node) ? inner(node.expression) : node;
  const [shown, said] = [inner(code), message === undefined ? undefined : inner(message)];
  if (isString(shown)) return [{ code: shown.text, message: messageOf(said, file) }];
  if (!ts.isConditionalExpression(shown)) return [];
  const paired = said !== undefined && ts.isConditionalExpression(said);
  return [
    ...codesIn(shown.whenTrue, paired ? said.whenTrue : said, file),
    ...codesIn(shown.whenFalse, paired ? said.whenFalse : said, file),
  ];
}

function propertyOf(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === name)
      return property.name;
    if (
      ts.isPropertyAssignment(property) &&
      (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) &&
      property.name.text === name
    )
      return property.initializer;
  }
  return undefined;
}

const hasProperty = (object: ts.ObjectLiteralExpression, name: string): boolean =>
  propertyOf(object, name) !== undefined;

/** A placeholder for an interpolated expression: `{weight}` for `formatDecimal(node.weight)`. */
function placeholder(expression: ts.Expression, file: ts.SourceFile): string {
  let shown: ts.Expression = expression;
  for (;;) {
    if (ts.isCallExpression(shown) && shown.arguments.length === 1 && shown.arguments[0])
      shown = shown.arguments[0];
    else if (ts.isBinaryExpression(shown) && shown.operatorToken.kind !== ts.SyntaxKind.PlusToken)
      shown = shown.left;
    else if (ts.isParenthesizedExpression(shown)) shown = shown.expression;
    else break;
  }
  if (ts.isPropertyAccessExpression(shown)) return `{${shown.name.text}}`;
  if (ts.isIdentifier(shown)) return `{${shown.text}}`;
  if (ts.isCallExpression(shown)) return '{…}';
  return `{${shown.getText(file)}}`;
}

/** The text of a message written as literals, templates and `+`; null for anything computed. */
function textOf(node: ts.Expression | undefined, file: ts.SourceFile): string | null {
  if (node === undefined) return null;
  if (isString(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.templateSpans.reduce(
      (text, span) => `${text}${placeholder(span.expression, file)}${span.literal.text}`,
      node.head.text,
    );
  }
  if (ts.isParenthesizedExpression(node)) return textOf(node.expression, file);
  if (ts.isConditionalExpression(node)) return textOf(node.whenTrue, file);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [textOf(node.left, file), textOf(node.right, file)];
    if (left === null && right === null) return null;
    return `${left ?? placeholder(node.left, file)}${right ?? placeholder(node.right, file)}`;
  }
  return null;
}

/** The function declaration a node sits in, if any. */
function enclosingFunction(node: ts.Node): ts.FunctionDeclaration | undefined {
  for (let at = node; !ts.isSourceFile(at); at = at.parent)
    if (ts.isFunctionDeclaration(at)) return at;
  return undefined;
}

/** The value a `const` named by `name` was declared with, last before it in its file. */
function declaredValue(name: ts.Identifier, file: ts.SourceFile): ts.Expression | undefined {
  let value: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (node.getStart(file) >= name.getStart(file)) return;
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === name.text &&
      node.initializer !== undefined
    )
      value = node.initializer;
    node.forEachChild(visit);
  };
  visit(file);
  return value;
}

/**
 * `{ zh, en }` of a message argument: an object literal, or the first branch of a conditional;
 * when both texts are parameters of the enclosing function, where they are passed in.
 */
function messageOf(node: ts.Expression | undefined, file: ts.SourceFile): Message {
  if (node === undefined) return null;
  if (ts.isParenthesizedExpression(node)) return messageOf(node.expression, file);
  if (ts.isConditionalExpression(node)) return messageOf(node.whenTrue, file);
  if (ts.isIdentifier(node)) return messageOf(declaredValue(node, file), file);
  if (!ts.isObjectLiteralExpression(node)) return null;
  const [zhNode, enNode] = [propertyOf(node, 'zh'), propertyOf(node, 'en')];
  const zh = textOf(zhNode, file);
  const en = textOf(enNode, file);
  if (zh !== null && en !== null) return { zh, en };
  const within = enclosingFunction(node);
  if (within?.name === undefined || zhNode === undefined || enNode === undefined) return null;
  const indexOf = (text: ts.Expression): number =>
    within.parameters.findIndex(
      (parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === text.getText(file),
    );
  const [zhIndex, enIndex] = [indexOf(zhNode), indexOf(enNode)];
  return zhIndex < 0 || enIndex < 0
    ? null
    : { forwardedBy: within.name.text, zh: zhIndex, en: enIndex };
}

/** The name of the function, method or property a node sits in. */
function enclosingName(node: ts.Node): string {
  for (let at = node; !ts.isSourceFile(at); at = at.parent) {
    if (
      (ts.isFunctionDeclaration(at) ||
        ts.isMethodDeclaration(at) ||
        ts.isVariableDeclaration(at) ||
        ts.isPropertyAssignment(at)) &&
      at.name !== undefined &&
      ts.isIdentifier(at.name)
    ) {
      if (ts.isPropertyAssignment(at) && !ts.isFunctionLike(at.initializer)) continue;
      return at.name.text;
    }
  }
  return '(module)';
}

interface FoundSite extends Omit<CodeSite, 'message'> {
  readonly message: Message;
}

/** Every code raised in one source file, and the code literals it cannot place. */
function sitesIn(file: ts.SourceFile): { sites: FoundSite[]; unplaced: UnplacedCode[] } {
  const name = relative(srcRoot, file.fileName);
  const sites: FoundSite[] = [];
  const unplaced: UnplacedCode[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'createIssue' &&
      node.arguments[0] !== undefined
    ) {
      const within = enclosingName(node);
      for (const { code, message } of codesIn(node.arguments[0], node.arguments[2], file))
        sites.push({ code, kind: 'issue', file: name, within, message });
    }
    if (ts.isObjectLiteralExpression(node)) {
      const code = propertyOf(node, 'code');
      if (code !== undefined && isString(code)) {
        const within = enclosingName(node);
        const site = (kind: CodeKind, message: string): void => {
          sites.push({
            code: code.text,
            kind,
            file: name,
            within,
            message: messageOf(propertyOf(node, message), file),
          });
        };
        if (hasProperty(node, 'params')) {
          // zod's own `custom` issue, which carries one of the library's issues in its params.
        } else if (hasProperty(node, 'against') && hasProperty(node, 'check'))
          site('audit check', 'against');
        else if (hasProperty(node, 'verdict')) site('audit check', 'check');
        // A table check's specification (src/tables/checks): its code with the rule it applies.
        // (without a `rule` when its builder writes one, as the bounds checks do).
        else if (
          hasProperty(node, 'rule') ||
          (hasProperty(node, 'subject') && hasProperty(node, 'values'))
        )
          site('audit check', 'rule');
        else if (hasProperty(node, 'severity')) site('finding', 'message');
        else if (hasProperty(node, 'message')) site('issue', 'message');
        else {
          const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
          unplaced.push({ code: code.text, at: `${name}:${String(line + 1)}` });
        }
      }
    }
    node.forEachChild(visit);
  };
  visit(file);
  return { sites, unplaced };
}

/** The texts a forwarded message is given at the first call of its function that writes them. */
function resolved(message: Message, files: readonly ts.SourceFile[]): CodeSite['message'] {
  if (message === null || !('forwardedBy' in message)) return message;
  const firstIn = (node: ts.Node, file: ts.SourceFile): CodeSite['message'] => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === message.forwardedBy
    ) {
      const zh = textOf(node.arguments[message.zh], file);
      const en = textOf(node.arguments[message.en], file);
      if (zh !== null && en !== null) return { zh, en };
    }
    for (const child of node.getChildren(file)) {
      const found = firstIn(child, file);
      if (found !== null) return found;
    }
    return null;
  };
  for (const file of files) {
    const found = firstIn(file, file);
    if (found !== null) return found;
  }
  return null;
}

/** The catalog of src/: every code, by kind and then code, with the places it is raised. */
export function issueCatalog(): {
  readonly entries: readonly CatalogEntry[];
  readonly unplaced: readonly UnplacedCode[];
} {
  const files = [...sourceFiles()]
    .sort()
    .map((path) =>
      ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true),
    );
  const found = files.map(sitesIn);
  const sites = found.flatMap((each) =>
    each.sites.map((site): CodeSite => ({ ...site, message: resolved(site.message, files) })),
  );
  const kinds: readonly CodeKind[] = ['issue', 'finding', 'audit check'];
  const entries = new Map<string, CatalogEntry>();
  for (const site of sites) {
    const key = `${String(kinds.indexOf(site.kind))} ${site.code}`;
    const entry = entries.get(key);
    entries.set(key, {
      code: site.code,
      kind: site.kind,
      sites: [...(entry?.sites ?? []), site],
    });
  }
  return {
    entries: [...entries.keys()].sort().flatMap((key) => entries.get(key) ?? []),
    unplaced: found.flatMap((each) => each.unplaced),
  };
}

/** A table cell: no pipes or line breaks. */
const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

const headings: Readonly<Record<CodeKind, readonly string[]>> = {
  issue: [
    '## Issues',
    '',
    'Returned in `{ ok: false, issues }` (and thrown inside `JixiaoError` by the `…OrThrow`',
    'helpers): a problem with a scheme, inputs or a data file, with a `path` to it.',
  ],
  finding: [
    '## Findings',
    '',
    'Notes on a scored leaf, in its `findings`: the score stands, but a reader should look.',
  ],
  'audit check': [
    '## Audit checks',
    '',
    'Each check of `auditEvaluation` compares a number claimed in a report with what it is',
    'checked against (the example shown); an inconsistent check is an audit finding.',
  ],
};

/** docs/issues.md, from the catalog. */
export function renderIssueCatalog(entries: readonly CatalogEntry[]): string {
  const lines = [
    '# Issue codes',
    '',
    'Every code the library can return, read from the source by `test/support/issueCatalog.ts`.',
    'Do not edit by hand: `JIXIAO_UPDATE_ISSUES=1 npx vitest run test/issues-doc.test.ts` rewrites',
    'this file, and the test fails when it and the source disagree. Messages are shown with their',
    'placeholders, e.g. `{weight}`; where several places raise a code, the first one shown gives',
    'the message.',
  ];
  for (const kind of ['issue', 'finding', 'audit check'] as const) {
    const ofKind = entries.filter((entry) => entry.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push('', ...headings[kind], '');
    lines.push('| code | raised in | 中文 | English |', '| --- | --- | --- | --- |');
    for (const entry of ofKind) {
      const places = [
        ...new Set(entry.sites.map((site) => `\`${site.within}\` (${site.file})`)),
      ].join('<br>');
      const message = entry.sites.find((site) => site.message !== null)?.message;
      const cells = [`\`${entry.code}\``, places, message?.zh ?? '—', message?.en ?? '—'];
      lines.push(`| ${cells.map(cell).join(' | ')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
