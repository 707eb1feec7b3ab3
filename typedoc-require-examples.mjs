// A TypeDoc plugin: every exported function, class, const, type and interface carries a TSDoc
// comment, and every exported function, class and const an `@example`. The reference fails with
// one error listing every symbol that lacks one.
import { ReflectionKind } from 'typedoc';

const needsComment =
  ReflectionKind.Function |
  ReflectionKind.Class |
  ReflectionKind.Variable |
  ReflectionKind.TypeAlias |
  ReflectionKind.Interface |
  ReflectionKind.Enum;
const needsExample = ReflectionKind.Function | ReflectionKind.Class | ReflectionKind.Variable;

/** The comments a symbol carries: its own and its signatures' (a function's sit on these). */
function commentsOf(reflection) {
  const signatures = [
    ...(reflection.signatures ?? []),
    ...(reflection.type?.declaration?.signatures ?? []),
  ];
  return [reflection.comment, ...signatures.map((signature) => signature.comment)].filter(
    (comment) => comment !== undefined,
  );
}

function hasText(comment) {
  return comment.summary.some((part) => part.text.trim() !== '') || comment.blockTags.length > 0;
}

/** `module.symbol (src/file.ts)`. */
function describe(reflection) {
  const source = reflection.sources?.[0];
  const where = source === undefined ? '' : ` (${source.fileName}:${source.line})`;
  return `${reflection.getFriendlyFullName()}${where}`;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.on('validateProject', (project) => {
    const withoutComment = [];
    const withoutExample = [];
    for (const reflection of project.getReflectionsByKind(needsComment)) {
      const comments = commentsOf(reflection);
      if (!comments.some(hasText)) withoutComment.push(describe(reflection));
      else if (
        reflection.kindOf(needsExample) &&
        !comments.some((comment) => comment.getTag('@example') !== undefined)
      )
        withoutExample.push(describe(reflection));
    }
    if (withoutComment.length > 0)
      app.logger.error(
        `${withoutComment.length} exported symbols have no TSDoc comment:\n  ${withoutComment.join('\n  ')}`,
      );
    if (withoutExample.length > 0)
      app.logger.error(
        `${withoutExample.length} exported functions, classes and consts have no @example:\n  ${withoutExample.join('\n  ')}`,
      );
  });
}
