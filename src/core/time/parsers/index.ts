/** Every parser, in tie-break order (on equal span length the earlier one wins). */
import { Parser } from '../parts';
import { conditionParser } from './condition';
import { dayNoYearParser, dayParser, verbalDayParser } from './day';
import { durationParser, sameDayParser } from './duration';
import { noLimitParser } from './noLimit';
import { doneParser } from './done';
import { halfYearParser } from './halfYear';
import { bareMonthParser, monthNoYearParser, monthParser } from './month';
import { ongoingParser } from './ongoing';
import { quarterNoYearParser, quarterParser } from './quarter';
import { intervalParser } from './interval';
import { recurringParser } from './recurring';
import { bareYearParser, yearParser } from './year';
import { yearRangeParser } from './yearRange';

export const PARSERS: Parser[] = [
  yearRangeParser,
  dayParser,
  verbalDayParser,
  intervalParser,
  halfYearParser,
  quarterParser,
  monthParser,
  recurringParser,
  yearParser,
  bareMonthParser,
  bareYearParser,
  quarterNoYearParser,
  monthNoYearParser,
  dayNoYearParser,
  durationParser,
  sameDayParser,
  noLimitParser,
  ongoingParser,
  doneParser,
  conditionParser,
];
