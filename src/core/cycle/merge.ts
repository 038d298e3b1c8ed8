/**
 * Merge: the filled columns of agency replies into the master, matched by id (by section + TT when
 * the master has no ids yet). It reports, never resolves silently:
 *  - `different-values`  two replies give one item different values in one column (neither applied);
 *  - `unknown-id`        a reply row whose id the master does not know;
 *  - `other-programme`   a reply split from another programme (nothing of it applied);
 *  - `older-split`       a reply from an older split than another reply of that agency, given now
 *                        or merged before (nothing of it applied);
 *  - `protected-edit`    a change to a cell the agency should not edit (TT, task, lead, partners,
 *                        time, deadline, section): listed as a proposal, not applied;
 *  - `invalid-value`     a Tiến độ outside the list or a Ngày hoàn thành that is not a date (not applied).
 * Agencies that lead tasks and sent no usable reply to the newest split — now or in an earlier
 * merge — are listed in `notReplied`.
 * Pure: the caller reads the files and writes the master.
 */
import { HEADER } from '../columnRegistry';
import type { Catalogue } from '../agencies/types';
import { displayDate, isoToSerial, PROGRESS_VALUES } from '../status';
import type { CellScalar, TableData } from '../plan/sheetData';
import { text } from '../plan/sheetData';
import { stampText } from './identity';
import { qualifiedTt } from './report';
import type { ReplyIdentity } from './identity';
import { cellDate, CycleRow, cycleRows, H, headerIndex, sectionKey } from './rows';
import { FIXED_HEADERS, leadAgencies, REPLY_HEADERS } from './split';

export type ConflictKind = 'different-values' | 'unknown-id' | 'other-programme' | 'older-split' | 'protected-edit' | 'invalid-value';

/** What each conflict kind is called where a user reads it (the kinds themselves are the JSON contract). */
export const CONFLICT_LABEL: Record<ConflictKind, string> = {
  'different-values': 'Hai tệp trả lời khác nhau',
  'unknown-id': 'Mã không có trong sổ',
  'other-programme': 'Tệp của chương trình khác',
  'older-split': 'Tệp của lần gửi cũ',
  'protected-edit': 'Sửa cột không được sửa (chỉ là đề xuất)',
  'invalid-value': 'Giá trị không hợp lệ',
};

export interface MergeConflict {
  kind: ConflictKind;
  /** The item's id ("" for a whole file). */
  id: string;
  file: string;
  message: string;
}

export interface ReplyInput {
  file: string;
  identity: ReplyIdentity;
  table: Pick<TableData, 'headers' | 'rows'>;
}

/** A reply merged earlier (from the master's Lần gộp sheet). */
export interface PastMerge {
  agency: string;
  stamp: string;
}

/** One master cell to write: table, 0-based body row, header, value (dates as ISO). */
export interface CellUpdate {
  tableIndex: number;
  rowIndex: number;
  header: typeof H.progress | typeof H.doneDate;
  value: string;
}

/** The text an agency reported for an item (Kết quả thực hiện, Khó khăn, vướng mắc, Đề xuất). */
export interface ReportedText {
  id: string;
  row: CycleRow;
  agency: string;
  file: string;
  values: Record<string, string>;
}

export interface MergeLogRow {
  file: string;
  agency: string;
  stamp: string;
  updated: number;
  conflicts: number;
}

export interface MergeResult {
  updated: Array<{ id: string; agency: string; cells: string[] }>;
  conflicts: MergeConflict[];
  notReplied: string[];
  cells: CellUpdate[];
  texts: ReportedText[];
  log: MergeLogRow[];
}

const TEXT_HEADERS = REPLY_HEADERS.slice(2);

interface Proposal {
  file: string;
  agency: string;
  value: string;
}

/** An agency file of an earlier split, as Lần gửi records it. */
export interface SentSplit extends PastMerge {
  /** The report date the split was made for (ISO): its period. Null on a row without one. */
  asOf: string | null;
}

/** What the master already records of earlier cycles, besides Lần gộp. */
export interface EarlierCycles {
  /** Agency files of earlier splits (Lần gửi's rows, read by sheets.ts pastSplits). */
  sent?: SentSplit[];
  /** Texts already reported per task id (Kết quả báo cáo): header → text. */
  reported?: Map<string, Record<string, string>>;
}

/**
 * Merges `replies` into the master tables. `masterKey`: the master's programme key (identity.ts);
 * `past`: replies merged before (Lần gộp). A reply is an `older-split` when it belongs to an
 * earlier period than the agency's newest split recorded on Lần gửi (`earlier.sent`: the period is
 * the split's report date, from the reply's "Tính đến ngày" or its split's row), or when a reply
 * of a later split of that agency was given now or merged before. A second split of the same
 * period (made again after leads were filled in) leaves the first one's files good. Only replies
 * of the newest period (the newest split, without Lần gửi) count as replied.
 * `earlier.reported`: a text the task already has on Kết quả báo cáo is not an update (a reply
 * merged again updates nothing).
 */
export function mergeReplies(master: TableData[], masterKey: string, replies: ReplyInput[], past: PastMerge[], catalogue: Catalogue, earlier: EarlierCycles = {}): MergeResult {
  const sent = earlier.sent ?? [];
  const rows = cycleRows(master);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const bySection = new Map(rows.map((r) => [sectionKey(r.section, r.tt), r]));
  const conflicts: MergeConflict[] = [];
  const log: MergeLogRow[] = replies.map((r) => ({ file: r.file, agency: r.identity.agency, stamp: r.identity.stamp, updated: 0, conflicts: 0 }));
  const conflict = (c: MergeConflict, i: number): void => {
    conflicts.push(c);
    log[i].conflicts++;
  };
  // Newest split per agency, over the replies given now and those merged before.
  const newest = new Map<string, string>();
  const seeStamp = (agency: string, stamp: string): void => {
    if ((newest.get(agency) ?? '') < stamp) newest.set(agency, stamp);
  };
  past.forEach((p) => seeStamp(p.agency, p.stamp));
  const ours = replies.map((r) => r.identity.programmeKey === masterKey);
  replies.forEach((r, i) => ours[i] && seeStamp(r.identity.agency, r.identity.stamp));
  // Periods: each recorded split's report date, the newest per agency and over all.
  const periodOfStamp = new Map<string, string>();
  const newestPeriod = new Map<string, string>();
  for (const x of sent) {
    if (!x.asOf) continue;
    periodOfStamp.set(x.stamp, x.asOf);
    if ((newestPeriod.get(x.agency) ?? '') < x.asOf) newestPeriod.set(x.agency, x.asOf);
  }
  const periodOf = (stamp: string, asOf?: string | null): string | null => asOf ?? periodOfStamp.get(stamp) ?? null;

  // proposals[key][header] → what each reply says
  const proposals = new Map<string, Map<string, Proposal[]>>();
  const replied = new Set<string>();
  replies.forEach((reply, i) => {
    const { file, identity } = reply;
    if (!ours[i]) {
      conflict({ kind: 'other-programme', id: '', file, message: `Tệp “${file}” được gửi từ một chương trình khác (mã ${identity.programmeKey}): không gộp.` }, i);
      return;
    }
    const period = periodOf(identity.stamp, identity.asOf);
    const current = newestPeriod.get(identity.agency);
    if (period && current && period < current) {
      conflict(
        {
          kind: 'older-split',
          id: '',
          file,
          message: `Tệp “${file}” của ${identity.agency} thuộc kỳ báo cáo trước (tính đến ngày ${displayDate(period)}); sổ đã gửi tệp kỳ tính đến ngày ${displayDate(current)}: không gộp.`,
        },
        i,
      );
      return;
    }
    if (identity.stamp < (newest.get(identity.agency) ?? '')) {
      conflict(
        {
          kind: 'older-split',
          id: '',
          file,
          message: `Tệp “${file}” của ${identity.agency} thuộc lần gửi cũ (${stampText(identity.stamp)}); đã có lần gửi mới hơn (${stampText(newest.get(identity.agency) ?? '')}): không gộp.`,
        },
        i,
      );
      return;
    }
    replied.add(identity.agency);
    const col = (h: string): number => headerIndex(reply.table, h);
    const idCol = col(H.id);
    for (const r of reply.table.rows) {
      const get = (h: string): string => (col(h) < 0 ? '' : text(r[col(h)]));
      const id = idCol < 0 ? '' : text(r[idCol]);
      const tt = get(H.tt);
      if (!id && !tt) continue; // a section row
      const target = id ? byKey.get(id) : bySection.get(sectionKey(get(H.section), tt));
      if (!target) {
        conflict({ kind: 'unknown-id', id: id || tt, file, message: `Nhiệm vụ mã “${id || tt}” (${get(H.task).slice(0, 60)}) không có trong sổ theo dõi: không gộp.` }, i);
        continue;
      }
      const key = target.key;
      for (const h of FIXED_HEADERS) {
        if (col(h) < 0) continue;
        const mine = h === HEADER.due ? dateText(target.due) : fixedValue(target, h);
        const theirs = h === HEADER.due ? dateText(cellDate(r[col(h)])) : get(h);
        if (norm(mine) !== norm(theirs)) {
          conflict(
            {
              kind: 'protected-edit',
              id: key,
              file,
              message: `${identity.agency} đề nghị sửa “${h}” của nhiệm vụ ${qualifiedTt(target.section, target.tt)}: “${mine}” → “${theirs}” (chưa áp dụng; xem xét và sửa tay nếu đồng ý).`,
            },
            i,
          );
        }
      }
      const propose = (h: string, value: string): void => {
        let m = proposals.get(key);
        if (!m) proposals.set(key, (m = new Map()));
        const list = m.get(h) ?? [];
        list.push({ file, agency: identity.agency, value });
        m.set(h, list);
      };
      const progress = get(H.progress);
      if (progress && norm(progress) !== norm(target.progress)) {
        const known = PROGRESS_VALUES.find((v) => norm(v) === norm(progress));
        if (known) propose(H.progress, known);
        else
          conflict(
            {
              kind: 'invalid-value',
              id: key,
              file,
              message: `Tiến độ “${progress}” của nhiệm vụ ${qualifiedTt(target.section, target.tt)} không thuộc danh sách (${PROGRESS_VALUES.join(', ')}): không gộp.`,
            },
            i,
          );
      }
      const doneCell: CellScalar = col(H.doneDate) < 0 ? null : r[col(H.doneDate)];
      if (text(doneCell)) {
        const done = cellDate(doneCell);
        if (!done)
          conflict(
            {
              kind: 'invalid-value',
              id: key,
              file,
              message: `Ngày hoàn thành “${text(doneCell)}” của nhiệm vụ ${qualifiedTt(target.section, target.tt)} không phải ngày: không gộp.`,
            },
            i,
          );
        else if (done !== target.doneDate) propose(H.doneDate, done);
      }
      const known = earlier.reported?.get(key);
      for (const h of TEXT_HEADERS) if (get(h) && (!known || norm(known[h] ?? '') !== norm(get(h)))) propose(h, get(h));
    }
  });

  const cells: CellUpdate[] = [];
  const texts: ReportedText[] = [];
  const updated: MergeResult['updated'] = [];
  for (const [key, byHeader] of proposals) {
    const row = byKey.get(key)!;
    const applied: string[] = [];
    const textValues: Record<string, string> = {};
    let from: Proposal | null = null;
    for (const [h, list] of byHeader) {
      const distinct = [...new Set(list.map((p) => norm(p.value)))];
      if (distinct.length > 1) {
        const said = list.map((p) => `“${h === H.doneDate ? displayDate(p.value) : p.value}” (${p.file})`).join(', ');
        for (const p of list) {
          const i = replies.findIndex((r) => r.file === p.file);
          conflict(
            {
              kind: 'different-values',
              id: key,
              file: p.file,
              message: `Nhiệm vụ ${qualifiedTt(row.section, row.tt)}, cột “${h}”: các tệp trả lời khác nhau — ${said}. Chưa áp dụng; chọn một giá trị và sửa tay.`,
            },
            i,
          );
        }
        continue;
      }
      from = list[0];
      applied.push(h);
      if (h === H.progress || h === H.doneDate) cells.push({ tableIndex: row.tableIndex, rowIndex: row.rowIndex, header: h, value: list[0].value });
      else textValues[h] = list[0].value;
    }
    if (!applied.length || !from) continue;
    if (Object.keys(textValues).length) texts.push({ id: key, row, agency: from.agency, file: from.file, values: textValues });
    updated.push({ id: key, agency: from.agency, cells: applied });
    const files = new Set([...byHeader.values()].flat().map((p) => p.file));
    log.forEach((l) => files.has(l.file) && l.updated++);
  }
  // Replies merged before count for the period now running (the newest recorded split's; without
  // Lần gửi, the newest stamp): files merged one at a time leave no agency "not replied" that has.
  const latestPeriod = [...newestPeriod.values()].reduce((a, b) => (a > b ? a : b), '');
  const current = [...newest.values(), ...sent.map((x) => x.stamp)].reduce((a, b) => (a > b ? a : b), '');
  past.forEach((p) => {
    const period = periodOf(p.stamp);
    if (latestPeriod && period ? period === latestPeriod : current && p.stamp === current) replied.add(p.agency);
  });
  const notReplied = leadAgencies(rows, catalogue).filter((a) => !replied.has(a));
  return { updated, conflicts, notReplied, cells, texts, log };
}

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const dateText = (iso: string | null): string => (iso ? displayDate(iso) : '');

function fixedValue(r: CycleRow, h: (typeof FIXED_HEADERS)[number]): string {
  switch (h) {
    case HEADER.id:
      return r.id; // matched by id: the same; a master without ids: empty in both
    case HEADER.tt:
      return r.tt;
    case HEADER.task:
      return r.task;
    case HEADER.lead:
      return r.lead;
    case HEADER.partners:
      return r.partners;
    case HEADER.time:
      return r.time;
    case HEADER.section:
      return r.section;
    default:
      return '';
  }
}

/** The master tables with the merge's cell updates applied (dates as Excel serial days), for the report. */
export function withUpdates(tables: TableData[], cells: CellUpdate[]): TableData[] {
  const out = tables.map((t) => ({ ...t, rows: t.rows.map((r) => [...r]) }));
  for (const u of cells) {
    const t = out[u.tableIndex];
    const c = headerIndex(t, u.header);
    if (c >= 0) t.rows[u.rowIndex][c] = u.header === H.doneDate ? isoToSerial(u.value) : u.value;
  }
  return out;
}
