/**
 * The registry: every validation rule, in report order (lead, time, resources, structure,
 * tracking) — the order of RULE_IDS, of the command line's report groups and of findings on the
 * same line. Adding a rule: a module in this folder exporting `defineRule({ meta, scope, check })`,
 * listed here; its tests in test/core/validate/rules/.
 */
import leadMissing from './lead/missing';
import leadUnknown from './lead/unknown';
import leadSeveral from './lead/several';
import leadTime from './lead/time';
import leadVariant from './lead/variant';
import timeMissing from './time/missing';
import timeUnrecognised from './time/unrecognised';
import timeInvalid from './time/invalid';
import timeReversed from './time/reversed';
import timeAgency from './time/agency';
import timeOutsideTerm from './time/outsideTerm';
import timeBeforeIssue from './time/beforeIssue';
import resourcesMissing from './resources/missing';
import resourcesCutOff from './resources/cutOff';
import resourcesUnknown from './resources/unknown';
import structureGap from './structure/gap';
import structureDuplicate from './structure/duplicate';
import structureOrder from './structure/order';
import structureWrongLevel from './structure/wrongLevel';
import structureNoNumber from './structure/noNumber';
import structureEmptyTask from './structure/emptyTask';
import structureCutOff from './structure/cutOff';
import structureHeadingLead from './structure/headingLead';
import structureHeadingTime from './structure/headingTime';
import structureDuplicateTask from './structure/duplicateTask';
import trackingProgress from './tracking/progress';
import trackingDateText from './tracking/dateText';
import trackingReportDate from './tracking/reportDate';

export const ALL_RULES = [
  leadMissing,
  leadUnknown,
  leadSeveral,
  leadTime,
  leadVariant,
  timeMissing,
  timeUnrecognised,
  timeInvalid,
  timeReversed,
  timeAgency,
  timeOutsideTerm,
  timeBeforeIssue,
  resourcesMissing,
  resourcesCutOff,
  resourcesUnknown,
  structureGap,
  structureDuplicate,
  structureOrder,
  structureWrongLevel,
  structureNoNumber,
  structureEmptyTask,
  structureCutOff,
  structureHeadingLead,
  structureHeadingTime,
  structureDuplicateTask,
  trackingProgress,
  trackingDateText,
  trackingReportDate,
] as const;

/** Stable id of a rule ("lead.missing"). */
export type RuleId = (typeof ALL_RULES)[number]['meta']['id'];

type AnyRule = (typeof ALL_RULES)[number];
type RuleOf<S extends AnyRule['scope']> = Extract<AnyRule, { scope: S }>;

/** Rules of one scope, in registry order. */
const ofScope = <S extends AnyRule['scope']>(scope: S): Array<RuleOf<S>> => ALL_RULES.filter((r): r is RuleOf<S> => r.scope === scope);

/** Rules run on each table of a programme (validateProgramme), in order. */
export const TABLE_RULES = ofScope('table');
/** Rules run once on the whole programme, after the table rules. */
export const PROGRAMME_RULES = ofScope('programme');
/** Rules run on each filled tracking cell of a workbook (tracking.ts). */
export const CELL_RULES = ofScope('cell');
/** Rules run on a workbook's Tổng hợp settings (tracking.ts). */
export const SUMMARY_RULES = ofScope('summary');
