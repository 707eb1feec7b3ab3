/** Languages the library writes messages, explanations and sheets in. */
export type Language = 'zh' | 'en';
