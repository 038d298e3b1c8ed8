/**
 * The shape of one validation rule, as ESLint shapes its rules: `meta` says what the rule is
 * (stable id, severity, Vietnamese label and messages, what it checks and why), `check` looks at
 * one table (or the whole programme, or one workbook cell) and reports findings through the
 * context. The registry (rules/index.ts) lists every rule in report order.
 */
import type { ProgrammeContext, TableContext } from './context';
import type { TrackingCell, TrackingSummary } from './tracking';
import type { Severity } from './types';

/** Vietnamese message builders of a rule, by name; each returns the text a reviewer reads. */
export type Messages = Record<string, (...args: never[]) => string>;

export interface RuleMeta<Id extends string = string, M extends Messages = Messages> {
  /** Stable id written in every finding ("lead.missing"): `validate --json`, the Kiểm tra sheet. */
  id: Id;
  severity: Severity;
  /** Vietnamese name of the rule: the report's group heading, the Kiểm tra sheet's Loại column. */
  label: string;
  /** What the rule checks, for developers: the reviewers' practice or document it comes from. */
  description: string;
  /** Vietnamese messages (the finding's `message`). */
  messages: M;
}

/** What `check` is given: one table of the programme, the whole programme, or one workbook cell. */
export interface Scopes {
  table: TableContext;
  programme: ProgrammeContext;
  /** A filled tracking cell of a workbook (Tiến độ, Hạn / Ngày hoàn thành). */
  cell: TrackingCell;
  /** The Tổng hợp sheet's settings of a workbook. */
  summary: TrackingSummary;
}

export interface Rule<Id extends string = string, M extends Messages = Messages, S extends keyof Scopes = keyof Scopes> {
  meta: RuleMeta<Id, M>;
  /** Which context `check` takes; validateProgramme runs 'table' then 'programme' rules, readBack the others. */
  scope: S;
  check(context: Scopes[S]): void;
}

/** A rule module's export, its id and messages kept as literal types. */
export function defineRule<const Id extends string, M extends Messages, S extends keyof Scopes>(rule: Rule<Id, M, S>): Rule<Id, M, S> {
  return rule;
}
