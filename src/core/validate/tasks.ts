/** Task text that looks cut off, shared by structure.cutOff and resources.cutOff. */
import { nfc } from '../text';

/** Words a sentence does not end on: the cell was cut (page break, copy from a narrow column). */
const DANGLING = new Set(['và', 'của', 'các', 'cho', 'với', 'về', 'trong', 'theo', 'tại', 'để', 'đến', 'từ', 'những', 'hoặc', 'là', 'như', 'ngân']);

/** Text that stops mid-sentence: a trailing comma or connector, or a bracket left open. */
export function looksCutOff(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  // A colon is left out: "… qua cầu Vân Phúc:" introduces the rows that follow.
  if (/[,;(\-–]$/.test(t)) return `kết thúc bằng “${t[t.length - 1]}”`;
  const last = nfc(lastWord(t));
  if (DANGLING.has(last.toLowerCase())) return `kết thúc giữa câu (“${last}”)`;
  if (count(t, '(') > count(t, ')')) return 'mở ngoặc “(” mà không đóng';
  return null;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

const SPACE = /\s/;

/** The text after the last whitespace (the text is trimmed). */
function lastWord(t: string): string {
  let k = t.length;
  while (k > 0 && !SPACE.test(t[k - 1])) k--;
  return t.slice(k);
}
