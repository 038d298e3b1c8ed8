/**
 * Characters an .xlsx cannot hold. XML 1.0 (which every part of a workbook is) forbids the C0
 * controls other than TAB, LF and CR, the non-characters U+FFFE and U+FFFF and lone UTF-16
 * surrogates; one of them in a cell makes a workbook Excel repairs and our own reader refuses.
 * They are replaced visibly, never deleted: a separator-like control (vertical tab, form feed,
 * the information separators U+001C–U+001F) becomes a space so words stay apart; anything else
 * becomes U+FFFD "�". Host-free.
 */

/**
 * Every character XML 1.0 cannot hold, and whole surrogate pairs: a match of two characters is a
 * pair (kept), a match of one is a character to replace (a lone surrogate among them). No
 * lookbehind: the pane's engines (EdgeHTML, older Safari) reject it.
 */
const NOT_XML = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g;
/** Controls that separate words where they stand (Word's line break, page break, separators). */
const SEPARATOR = /[\u000B\u000C\u001C-\u001F]/;

export const REPLACEMENT = '\uFFFD';

export interface XmlSafeText {
  text: string;
  /** How many characters were replaced. */
  replaced: number;
  /** 1-based line of the first replaced character (0 when none). */
  firstLine: number;
}

/** NOT_XML's characters with every surrogate, paired or not: no match, nothing to replace (one cheap scan). */
const MAYBE_NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** True when `s` holds a character XML 1.0 cannot hold. */
export function hasNonXmlChar(s: string): boolean {
  if (!MAYBE_NOT_XML.test(s)) return false;
  NOT_XML.lastIndex = 0;
  let found = false;
  for (let m = NOT_XML.exec(s); m && !found; m = NOT_XML.exec(s)) found = m[0].length === 1;
  NOT_XML.lastIndex = 0;
  return found;
}

/** Replaces the characters XML cannot hold: separators by a space, the rest by U+FFFD. */
export function xmlSafeText(s: string): XmlSafeText {
  if (!hasNonXmlChar(s)) return { text: s, replaced: 0, firstLine: 0 };
  let replaced = 0;
  let first = -1;
  const text = s.replace(NOT_XML, (c: string, at: number) => {
    if (c.length === 2) return c; // a surrogate pair: one character, kept
    replaced++;
    if (first < 0) first = at;
    return SEPARATOR.test(c) ? ' ' : REPLACEMENT;
  });
  const firstLine = s.slice(0, first).split('\n').length;
  return { text, replaced, firstLine };
}

/** The Vietnamese notice for a text whose unusable characters were replaced. */
export function xmlSafeNote(r: XmlSafeText): string {
  return (
    `Văn bản có ${r.replaced} ký tự không ghi được vào tệp Excel (ký tự điều khiển hoặc ký tự hỏng; ` +
    `ký tự đầu tiên ở dòng ${r.firstLine}): đã thay bằng dấu cách hoặc “${REPLACEMENT}”. Hãy rà soát các chỗ đó.`
  );
}
