/** Every parser, in tie-break order (on equal span length the earlier one wins). */
import { Parser } from '../parts';
import { conditionParser } from './condition';
import { dayParser, verbalDayParser } from './day';
import { doneParser } from './done';
import { halfYearParser } from './halfYear';
import { bareMonthParser, monthNoYearParser, monthParser } from './month';
import { ongoingParser } from './ongoing';
import { quarterNoYearParser, quarterParser } from './quarter';
import { recurringParser } from './recurring';
import { bareYearParser, yearParser } from './year';
import { yearRangeParser } from './yearRange';

export const PARSERS: Parser[] = [
  yearRangeParser,
  dayParser,
  verbalDayParser,
  halfYearParser,
  quarterParser,
  monthParser,
  recurringParser,
  yearParser,
  bareMonthParser,
  bareYearParser,
  quarterNoYearParser,
  monthNoYearParser,
  ongoingParser,
  doneParser,
  conditionParser,
];
