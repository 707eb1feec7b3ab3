import type { Dec } from '../decimal/JixiaoDecimal.js';
import type { LeafInput } from '../rules/LeafInput.js';

/** The words an input may answer a yes/no question with, besides true and false. */
export const answerWords = ['是', '否', '合规', '不合规', '达标', '未达标', 'yes', 'no'] as const;

const answers: Readonly<Record<(typeof answerWords)[number], boolean>> = {
  是: true,
  否: false,
  合规: true,
  不合规: false,
  达标: true,
  未达标: false,
  yes: true,
  no: false,
};

/** One leaf's input fields as read, each of its type (an optional field may be there as
 * undefined, as zod gives it). */
export interface LeafInputFields {
  readonly actual?: Dec | undefined;
  readonly target?: Dec | undefined;
  readonly answer?: boolean | (typeof answerWords)[number] | undefined;
  readonly level?: string | undefined;
  readonly score?: Dec | undefined;
  readonly reason?: string | undefined;
  readonly occurrences?: number | undefined;
  readonly items?:
    readonly { readonly text: string; readonly points?: Dec | undefined }[] | undefined;
  readonly notApplicable?: boolean | undefined;
  readonly values?: Readonly<Record<string, Dec>> | undefined;
  readonly evidence?: string | undefined;
}

/**
 * Makes one leaf's input of its fields: an answer word (是, 合规, yes…) becomes true or false,
 * absent fields stay absent. Keys come in one fixed order: the fields as declared, then the
 * answer, then the items.
 *
 * @param fields - the fields, each checked for its type
 * @returns the input
 *
 * @example
 * leafInputOf({ answer: '是', reason: '已公开' }); // → { reason: '已公开', answer: true }
 *
 * @internal
 */
export function leafInputOf(fields: LeafInputFields): LeafInput {
  const { actual, target, answer, level, score, reason, occurrences, items } = fields;
  const { notApplicable, values, evidence } = fields;
  return {
    ...(actual === undefined ? {} : { actual }),
    ...(target === undefined ? {} : { target }),
    ...(level === undefined ? {} : { level }),
    ...(score === undefined ? {} : { score }),
    ...(reason === undefined ? {} : { reason }),
    ...(occurrences === undefined ? {} : { occurrences }),
    ...(notApplicable === undefined ? {} : { notApplicable }),
    ...(values === undefined ? {} : { values }),
    ...(evidence === undefined ? {} : { evidence }),
    ...(answer === undefined
      ? {}
      : { answer: typeof answer === 'boolean' ? answer : answers[answer] }),
    ...(items === undefined
      ? {}
      : {
          items: items.map(({ text, points }) =>
            points === undefined ? { text } : { text, points },
          ),
        }),
  };
}
