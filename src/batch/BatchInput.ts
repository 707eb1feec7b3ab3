/**
 * One document given to a batch: its name (a file name, or where it came from) and its content,
 * as JSON text (read exactly, as `parseJsonText` reads it), as a value `JSON.parse` made, or, for
 * an audit, as a Word, Excel or PDF file's bytes.
 */
export type BatchInput =
  | { readonly name: string; readonly text: string }
  | { readonly name: string; readonly json: unknown }
  | { readonly name: string; readonly bytes: Uint8Array };
