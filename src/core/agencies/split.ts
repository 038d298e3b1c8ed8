/** Splitting a cell that names several agencies ("A; B", "A, B và C"). */
import { nfc, stripInvisible } from '../text';
import { agencyKey, ocrKey } from './key';
import { Memo } from '../memo';

/** Words an agency name starts with: a piece that starts otherwise continues the previous name. */
const HEAD =
  /^(ban|so|dang uy|dang bo|uy ban|ubnd|hdnd|mttq|van phong|chi bo|cac|truong|cong an|bo |bo$|tinh uy|thanh tra|hoi|lien doan|lien minh|doan|mat tran|trung tam|bao |dai phat|kho bac|ngan hang|cuc|chi cuc|toa an|vien kiem sat|ubmttq)/;

/**
 * Generic words that name no agency on their own: in "Các Sở, ban, ngành" or "các sở, ban, ngành
 * Thành phố" the pieces "ban" and "ngành" continue one collective lead, they are not agencies.
 */
const BARE = new Set(['ban', 'so', 'nganh', 'ban nganh', 'so nganh', 'doan the', 'dia phuong', 'don vi', 'co quan', 'hoi', 'doan', 'to chuc']);

function startsAgency(piece: string): boolean {
  const key = ocrKey(agencyKey(piece));
  return HEAD.test(key) && !BARE.has(key.trim());
}

/** A piece of a cell and the separator before it ('' for the first). */
interface Piece {
  sep: string;
  text: string;
}

/**
 * Splits at ; , and "và" outside brackets, keeping a piece joined to the previous one unless it
 * starts like an agency name. A new array each call. The same lead texts are split again and again
 * (the importer's matching splits a cell, its bracket and its parts; validation splits them once
 * more): answers are remembered by text in a bounded two-generation memo (core/memo.ts).
 */
export function splitAgencies(text: string): string[] {
  return splits.get(text, splitAgenciesOf).slice();
}

const splits = new Memo<string, readonly string[]>(4096);

/** The definition of `splitAgencies`, computed. */
export function splitAgenciesOf(text: string): string[] {
  const cleaned = stripInvisible(nfc(text))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,]+$/, '');
  if (!cleaned) return [];
  const listed = distributed(cleaned);
  if (listed) return listed;
  return joinPieces(cutPieces(cleaned));
}

/**
 * "Các Cục: Di sản văn hóa, Bản quyền tác giả" — a kind of agency, a colon, then the names that
 * kind takes (ministry documents write leads so): one agency per name, the kind put back in front
 * ("Cục Di sản văn hóa", "Cục Bản quyền tác giả"). The names are cut at ";" when there is one
 * (then a name may hold a comma: "Xuất bản, In và Phát hành"), else at "," — never at " và ",
 * which names hold ("Giáo dục và Đào tạo"). A sentence
 * after the list ("… Du lịch Quốc gia Việt Nam. Vụ Kế hoạch, Tài chính") names agencies of its own,
 * split again. With a generic kind ("Các đơn vị: Văn phòng Bộ, Vụ Pháp chế") the names stay as
 * written. Null when the cell does not start so.
 */
function distributed(cleaned: string): string[] | null {
  const m = /^(?:các|những)\s+([^\s:;,.()]+(?:\s+[^\s:;,.()]+)?)\s*:\s*(.+)$/iu.exec(cleaned);
  if (!m) return null;
  const kindKey = agencyKey(m[1]);
  const generic = /^(don vi|co quan|dia phuong|to chuc)$/.test(kindKey);
  if (!generic && !HEAD.test(kindKey) && !/^(vu|tong cuc|phong|vien|so|ban)$/.test(kindKey)) return null;
  const sentence = /\.\s+(?=\p{Lu})/u.exec(m[2]);
  const list = sentence ? m[2].slice(0, sentence.index) : m[2];
  const rest = sentence ? m[2].slice(sentence.index + sentence[0].length) : '';
  const names = list
    .split(list.includes(';') ? ';' : ',')
    .map((n) => n.trim().replace(/\.$/, ''))
    .filter(Boolean);
  const kind = m[1].charAt(0).toLocaleUpperCase('vi') + m[1].slice(1).toLocaleLowerCase('vi');
  const named = names.map((n) => (generic || agencyKey(n).startsWith(`${kindKey} `) ? n : `${kind} ${n}`));
  return rest ? [...named, ...splitAgenciesOf(rest)] : named;
}

/**
 * The cell cut at ";", "," and " và " outside brackets: `cutPiecesPlain`, each piece cut out of
 * the text in one slice instead of built character by character.
 */
export function cutPieces(cleaned: string): Piece[] {
  const raw: Piece[] = [];
  let depth = 0;
  let start = 0;
  let sep = '';
  for (let i = 0; i < cleaned.length; i++) {
    const c = cleaned.charCodeAt(i);
    if (c === 0x28 || c === 0x5b) depth++; // ( [
    if ((c === 0x29 || c === 0x5d) && depth > 0) depth--; // ) ]
    // " và " needs a space first: the four characters are cut out only there.
    const va = depth === 0 && c === 0x20 && /^ và /i.test(cleaned.slice(i, i + 4));
    if (depth === 0 && (c === 0x3b || c === 0x2c || va)) {
      raw.push({ sep, text: cleaned.slice(start, i) });
      sep = va ? ' và ' : cleaned[i];
      if (va) i += 3;
      start = i + 1;
    }
  }
  raw.push({ sep, text: cleaned.slice(start) });
  return raw;
}

/** The definition of `cutPieces`, character by character (the reference it is tested against). */
export function cutPiecesPlain(cleaned: string): Piece[] {
  const raw: Piece[] = [];
  let depth = 0;
  let cur = '';
  let sep = '';
  for (let i = 0; i < cleaned.length; i++) {
    const ch = cleaned[i];
    if (ch === '(' || ch === '[') depth++;
    if ((ch === ')' || ch === ']') && depth > 0) depth--;
    const va = depth === 0 && /^ và /i.test(cleaned.slice(i, i + 4));
    if (depth === 0 && (ch === ';' || ch === ',' || va)) {
      raw.push({ sep, text: cur });
      sep = va ? ' và ' : ch;
      cur = '';
      if (va) i += 3;
      continue;
    }
    cur += ch;
  }
  raw.push({ sep, text: cur });
  return raw;
}

/** Pieces joined back to the previous one unless they start like an agency name. */
function joinPieces(raw: Piece[]): string[] {
  const parts: string[] = [];
  for (const r of raw) {
    const t = r.text.trim();
    if (parts.length && (r.sep !== ';' || !t) && !startsAgency(t)) {
      parts[parts.length - 1] += `${r.sep === ' và ' ? ' và' : r.sep} ${t}`.replace(/\s+$/, '');
    } else if (t) parts.push(t);
  }
  return parts.map((p) => p.replace(/^[-–+•]\s*/, '').trim()).filter(Boolean);
}
