/**
 * What ties a reply workbook to its programme and its split: the "Hướng dẫn" sheet of every
 * agency file holds label / value rows (column A / B), read back by label when the reply comes in.
 */
import type { TableData } from '../plan/sheetData';
import { shortHash } from './ids';
import { dateInput } from '../status/dates';

export const GUIDE_SHEET = 'Hướng dẫn';
export const REPLY_SHEET = 'Nhiệm vụ';
export const PARTNER_SHEET = 'Phối hợp';
export const REPLY_TABLE = 'TraLoi';
export const PARTNER_TABLE = 'PhoiHop';

/** Labels of the identity rows on Hướng dẫn (column A); the value is in column B. */
export const LABEL = {
  programme: 'Chương trình',
  agency: 'Cơ quan chủ trì',
  asOf: 'Tính đến ngày',
  replyBy: 'Hạn gửi lại',
  fill: 'Cần điền',
  sendTo: 'Gửi về',
  count: 'Số nhiệm vụ chủ trì',
  programmeKey: 'Mã chương trình',
  stamp: 'Lần gửi',
} as const;

/** The identity a reply carries. */
export interface ReplyIdentity {
  programmeKey: string;
  /** When the split was made: ISO date-time "2026-07-01T08:30:00", compared as text. */
  stamp: string;
  agency: string;
  /** The report date the split was made for (ISO, from "Tính đến ngày"); null or absent when unreadable. */
  asOf?: string | null;
}

/**
 * The programme's key: a hash of its appendices' title blocks (label, title, "(Kèm theo …)"),
 * which re-imports and merges keep. Two programmes with the same appendix titles share a key.
 */
export function programmeKey(tables: Array<Pick<TableData, 'label' | 'title' | 'attachedTo' | 'table'>>): string {
  const parts = tables.map((t) => `${t.table}|${t.label ?? ''}|${t.title ?? ''}|${t.attachedTo ?? ''}`);
  return `CT-${shortHash(parts.join('||'))}`;
}

const ISO_STAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const SHOWN_STAMP = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A split stamp as users read it: "2026-07-01T08:30:05" → "01/07/2026 08:30:05" (dd/mm/yyyy, the
 * date form of NĐ 30/2020 documents). Text that is not an ISO stamp is returned as it is.
 */
export function stampText(iso: string): string {
  const m = ISO_STAMP.exec(iso.trim());
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}:${m[6] ?? '00'}` : iso;
}

/**
 * The ISO stamp back from what a cell holds: the shown form of `stampText` or an ISO stamp (files
 * split before stamps were shown so). Other text is returned trimmed, so it still compares as text.
 */
export function stampFromText(shown: string): string {
  const t = shown.trim();
  const iso = ISO_STAMP.exec(t);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}`;
  const m = SHOWN_STAMP.exec(t);
  if (!m) return t;
  const two = (x: string): string => x.padStart(2, '0');
  return `${m[3]}-${two(m[2])}-${two(m[1])}T${two(m[4])}:${m[5]}:${m[6] ?? '00'}`;
}

/** Reads the identity rows (label in column A, value in column B) of a Hướng dẫn sheet. */
export function readIdentity(rows: Array<[string, string]>): ReplyIdentity | null {
  const get = (label: string): string => rows.find(([a]) => a.trim() === label)?.[1].trim() ?? '';
  const key = get(LABEL.programmeKey);
  const stamp = stampFromText(get(LABEL.stamp));
  const agency = get(LABEL.agency);
  return key && stamp && agency ? { programmeKey: key, stamp, agency, asOf: dateInput(get(LABEL.asOf)) } : null;
}
