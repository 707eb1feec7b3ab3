export type { Issue, IssuePath, BilingualMessage } from './Issue.js';
export type { Result, Issues } from './Result.js';
export { success, failure, failureOf } from './Result.js';
export { createIssue } from './createIssue.js';
export { formatIssuePath } from './formatIssuePath.js';
export { JixiaoError } from './JixiaoError.js';
export type { Language } from './Language.js';
export { localize, type LocalizedText } from './LocalizedText.js';
export type { JsonValue } from './JsonValue.js';
