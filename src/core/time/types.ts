/**
 * What a time phrase means.
 *
 * - `deadline`    one due date: "Quý II/2026" (30/6), "Tháng 12/2026", "Năm 2026", "31/12/2025".
 *                 `start` is null. May carry `condition` ("Năm 2026 (Sau khi có Hướng dẫn …)") and
 *                 `ongoingAfter` ("Năm 2027 và thực hiện thường xuyên").
 * - `period`      a range: "Năm 2026 - 2030", "Quý IV/2025 - Quý II/2026"; `start` = start of the
 *                 first part, `due` = end of the last part.
 * - `ongoing`     no deadline: "Thường xuyên, liên tục". A bare start with no end ("Từ tháng 6/2026")
 *                 is also `ongoing`, with `start` set and `due` null.
 * - `recurring`   every year (or half-year/quarter/month/week/day): "Quý IV hằng năm" → recurrence
 *                 "yearly:Q4"; "Trước ngày 15/12 hằng năm" → "yearly:12-15" and `recurrenceDay`
 *                 {day: 15, month: 12}; "6 tháng một lần" → "half-yearly". `due` stays null.
 * - `conditional` waits for something, no date: "Sau khi có hướng dẫn của Trung ương" → `condition`.
 * - `relative`    a duration counted from an event, no calendar date: "15 ngày làm việc kể từ ngày
 *                 nhận đủ hồ sơ", "Trong vòng 30 ngày", "05 ngày". `duration` says how long;
 *                 the event, when written, is in `condition` ("kể từ ngày nhận đủ hồ sơ"); `start`
 *                 is set only when the event is a written date ("30 ngày kể từ ngày 01/7/2026").
 *                 `due` stays null: the count starts at an event we do not know the date of.
 *                 Status: like no deadline ("Không hạn").
 * - `done`        already done: "Đã ban hành". `due` is the date written with it, if any.
 * - `none`        no time understood. `reason` null: the text is empty. `reason` set: the text is
 *                 not a time phrase ("Không nhận ra cụm thời gian", e.g. an agency typed into the
 *                 time column) or lacks its year ("Thiếu năm: 6 tháng cuối năm"). A validator
 *                 treats `none` with non-empty text as "not understood" — except reason
 *                 NO_TIME_LIMIT ("Không quy định thời hạn"): "Không quy định", "Không có thời
 *                 hạn" say outright that there is no time limit.
 * - `invalid`     only for *broken dates*: "Trong nam 20235", "Năm 2026-203", "Quý V/2026",
 *                 "31/2/2026", "Năm 2030 - 2026". `reason` says what is wrong, in Vietnamese; `due`
 *                 and `start` stay null — a broken value is never turned into a guessed date.
 */
export type TimeKind = 'deadline' | 'period' | 'ongoing' | 'recurring' | 'conditional' | 'relative' | 'done' | 'none' | 'invalid';

/** What a time phrase ("Quý II/2026", "Thường xuyên" …) means. */
export interface TimeMeaning {
  /** The phrase as written (NFC, whitespace normalised). */
  text: string;
  kind: TimeKind;
  /** ISO yyyy-mm-dd: the deadline (for a period, its end). */
  due: string | null;
  /** ISO yyyy-mm-dd: when the work starts, where the phrase says so. */
  start: string | null;
  /** "Sau khi có hướng dẫn của Trung ương" … (as written, without brackets; several joined by "; "). */
  condition: string | null;
  /**
   * "yearly" with the in-year point, e.g. "yearly:Q4", "yearly:M12", "yearly:H2", "yearly", and a
   * day of the year as "yearly:MM-DD" ("Trước 30/6 hằng năm" → "yearly:06-30");
   * "half-yearly" ("6 tháng một lần", "Định kỳ 6 tháng"), "quarterly" ("hằng quý"),
   * "monthly" ("hằng tháng"; with a day "monthly:20" for "trước ngày 20 hằng tháng"),
   * "weekly", "daily"; other intervals "months:N" / "years:N" / "weeks:N" ("2 năm một lần" → "years:2").
   */
  recurrence: string | null;
  /**
   * The day a recurring task falls on, when written: "Trước ngày 15/12 hằng năm" → {day: 15,
   * month: 12}; "trước ngày 20 hằng tháng" → {day: 20, month: null}. Absent otherwise.
   */
  recurrenceDay?: { day: number; month: number | null };
  /**
   * How long, for a `relative` time (also kept when a duration is written next to a date):
   * "15 ngày làm việc" → {amount: 15, unit: 'workday'}. Absent otherwise.
   */
  duration?: Duration;
  /** Why the phrase is `invalid`, or why nothing was understood (`none`). Vietnamese. */
  reason: string | null;
  /** After the deadline the task goes on ("Năm 2027 và thực hiện thường xuyên"). */
  ongoingAfter?: boolean;
}

/** Units of a written duration: ngày làm việc = workday, giờ làm việc = workhour. */
export type DurationUnit = 'workday' | 'day' | 'week' | 'month' | 'year' | 'workhour' | 'hour';

/** A written duration: "15 ngày làm việc" → {amount: 15, unit: 'workday'}. */
export interface Duration {
  amount: number;
  unit: DurationUnit;
}
