/**
 * Keeps the Vietnamese user guide (docs/HUONG-DAN.md) honest against the product:
 *  - every `phuluc <command>` and every option it mentions is in the command line's own help
 *    (bin/phuluc.js --help and each command's --help), and options cited in a command's section
 *    or on a command's line belong to that command;
 *  - every sheet it cites as trang «…» is one the product writes (names from src/core), it cites
 *    every fixed sheet, and it writes «…» for nothing else;
 *  - every JSON field it names is printed by the commands (on the samples and a small invented
 *    table) or declared in src/core / src/app;
 *  - the exit codes it lists per command are the ones the README's contract gives.
 * It reads the built command line (lib/, `npx tsc -p tsconfig.cli.json`), as test/cli does.
 * The guide's conventions (stated at its top): sheet names in «…» after "trang"; the exit codes in
 * a table whose rows start with `phuluc <command>`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { ROOT, seedPath } from '../helpers/seeds';
import { CATALOGUE_SHEET } from '../../src/core/plan/catalogueSheet';
import { CHANGES_SHEET } from '../../src/core/plan/changesSheet';
import { CHECK_SHEET } from '../../src/core/plan/checkSheet';
import { SUMMARY_SHEET } from '../../src/core/plan/summarySheet';
import { PROGRAMME_SHEET, programmeTag, tagPrefix } from '../../src/core/plan/programmeSheet';
import { appendixSheetName } from '../../src/core/plan/appendixSheet';
import { keepUserCells } from '../../src/core/plan/keepUserCells';
import { GUIDE_SHEET, PARTNER_SHEET, REPLY_SHEET } from '../../src/core/cycle/identity';
import { HISTORY_SHEET, LOG_SHEET, mergeBackupSheet, REPORT_SHEET, RESULTS_SHEET, SENT_SHEET } from '../../src/core/cycle/sheets';
import { parseAppendixLabel } from '../../src/core/import/appendix';
import type { ProgrammeTable } from '../../src/core/model';
import type { WorkbookPlan } from '../../src/core/plan/types';

const GUIDE_TEXT = readFileSync(join(ROOT, 'docs', 'HUONG-DAN.md'), 'utf8');
/**
 * The guide as checked: without the product's own refusal of a mistyped option, which it quotes
 * ("Không có tùy chọn “--as-off”. …": the wrong option on purpose).
 */
const GUIDE = GUIDE_TEXT.replace(/Không có tùy chọn “[^”]*”/g, 'Không có tùy chọn “…”');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

// ---------------------------------------------------------------------------------------------
// The command line's help, as users get it.

function help(args: string[]): string {
  const r = runCli(args);
  if (r.code !== 0) throw new Error(`phuluc ${args.join(' ')} exited ${r.code} (is lib/ built? npx tsc -p tsconfig.cli.json): ${r.stderr}`);
  return r.stdout;
}

const GENERAL_HELP = help(['--help']);
/** Commands as `phuluc --help` lists them ("  phuluc parse <tệp> …"). */
const COMMANDS = [...GENERAL_HELP.matchAll(/^ {2}phuluc ([a-z][a-z-]*) /gm)].map((m) => m[1]);
const COMMAND_HELP = new Map(COMMANDS.map((c) => [c, help([c, '--help'])]));

/** Long options (--as-of) and short ones (-o) written in a text. */
const longOptions = (text: string): string[] => [...text.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0]);
const shortOptions = (text: string): string[] => [...text.matchAll(/(?<![\p{L}\p{N}_-])-[a-zA-Z](?![\p{L}\p{N}_-])/gu)].map((m) => m[0]);
const optionsIn = (text: string): Set<string> => new Set([...longOptions(text), ...shortOptions(text)]);

/** Options of the general help (--help, --version) hold for every command line. */
const GENERAL_OPTIONS = new Set([...longOptions(GENERAL_HELP).filter((o) => o === '--help' || o === '--version'), '-h']);
const optionsOf = (command: string): Set<string> => new Set([...optionsIn(COMMAND_HELP.get(command)!), ...GENERAL_OPTIONS]);
const ALL_OPTIONS = new Set([...optionsIn(GENERAL_HELP), ...[...COMMAND_HELP.values()].flatMap((h) => [...optionsIn(h)])]);

/** The guide's code: inline `spans` and the lines of fenced blocks. */
function codeUnits(md: string): string[] {
  const units: string[] = [];
  const prose = md.replace(/^```[^\n]*\n([\s\S]*?)^```/gm, (_, body: string) => {
    units.push(...body.split('\n'));
    return '';
  });
  for (const m of prose.matchAll(/`([^`\n]+)`/g)) units.push(m[1]);
  return units;
}

/** The guide's `##`/`###`/`####` sections: heading and text up to the next heading of any level. */
function sections(md: string): Array<{ heading: string; text: string }> {
  const parts = md.split(/^(?=#{2,4} )/m);
  return parts.map((p) => ({ heading: p.split('\n')[0], text: p }));
}

// ---------------------------------------------------------------------------------------------
// Sheet names the product writes.

const FIXED_SHEETS = [
  SUMMARY_SHEET,
  CHECK_SHEET,
  CATALOGUE_SHEET,
  CHANGES_SHEET,
  PROGRAMME_SHEET,
  REPORT_SHEET,
  HISTORY_SHEET,
  LOG_SHEET,
  RESULTS_SHEET,
  SENT_SHEET,
  GUIDE_SHEET,
  REPLY_SHEET,
  PARTNER_SHEET,
];

/** The backup sheet a re-import adds, for a backup stamp (core/plan/keepUserCells.ts). */
function reimportBackupName(stamp: string): string {
  const plan: WorkbookPlan = { sheets: [], names: [], styles: {}, fullCalcOnLoad: false, title: '', creator: '' };
  const old = { sheet: 'Phụ lục', table: 'PhuLuc_1', headerRow: 5, firstCol: 1, headers: ['TT'], rows: [] };
  const backup = keepUserCells(plan, [old], stamp, []).backupSheet;
  if (!backup) throw new Error('keepUserCells wrote no backup sheet');
  return backup;
}

/** The sheet of an appendix whose label line reads `label` ("Phụ lục 3", "Biểu số 01"), or null. */
function appendixSheetFor(label: string): string | null {
  const parsed = parseAppendixLabel(label);
  return parsed && !parsed.rest ? appendixSheetName({ label: parsed.label } as ProgrammeTable) : null;
}

const STAMP = /^(\d{2}-\d{2}-\d{4} \d{2}-\d{2}-\d{2}|dd-mm-yyyy hh-mm-ss)$/;
const ANY = ' …';
const FAMILIES = [
  appendixSheetName({ label: '' } as ProgrammeTable),
  reimportBackupName('X').replace(/X$/, '').trim(),
  mergeBackupSheet([], 'X', []).name.replace(/X$/, '').trim(),
];

/**
 * Whether the product writes a sheet of this name: a fixed sheet, an appendix sheet (its label,
 * the k-th programme's tag before it), a backup sheet with its stamp, or "<family> …" for one of
 * the families (appendices, re-import backups, merge backups).
 */
function isProductSheet(name: string): boolean {
  if (FIXED_SHEETS.includes(name)) return true;
  if (name.endsWith(ANY)) return FAMILIES.includes(name.slice(0, -ANY.length));
  const tagged = /^CT(\d+) (.+)$/.exec(name);
  if (tagged && Number(tagged[1]) >= 2) return appendixSheetFor(tagged[2]) === tagged[2] && tagPrefix(programmeTag(Number(tagged[1]))) === `CT${tagged[1]}`;
  if (appendixSheetFor(name) === name) return true;
  for (const family of FAMILIES.slice(1)) {
    const stamp = name.startsWith(`${family} `) ? name.slice(family.length + 1) : '';
    if (STAMP.test(stamp) && (family === FAMILIES[1] ? reimportBackupName(stamp) : mergeBackupSheet([], stamp, []).name) === name) return true;
  }
  return false;
}

/** Sheets the guide cites: trang «…» (and trang **…**), a line break allowed after "trang". */
const citedSheets = (md: string): string[] => [...md.matchAll(/\b[Tt]rang\s+(?:«([^»\n]+)»|\*\*([^*\n]+)\*\*)/g)].map((m) => m[1] ?? m[2]);

/**
 * Every «…» of the guide that is not a sheet: the convention line itself ("trong ngoặc «…»") and
 * the Kiểm tra tab's fix button ("Sửa thành «…»"). Any other «…» must be cited as trang «…».
 */
const otherQuotes = (md: string): string[] =>
  [...md.matchAll(/(\S+\s+)?«([^»\n]+)»/g)].filter((m) => !/^[Tt]rang\s/.test(m[1] ?? '')).map((m) => `${(m[1] ?? '').trim()} «${m[2]}»`);
const NOT_SHEETS = ['ngoặc «…»', 'thành «…»'];

// ---------------------------------------------------------------------------------------------
// Exit codes: the README's contract, the guide's table.

/**
 * Exit codes per command as the README's contract states them: the "Exit status:" sentence of
 * "## Command line" (a code whose clause names commands in `code` holds for those, one naming
 * none for every command), plus a command's own bullet ("- `merge` … Exit **0** …, **1** …").
 */
function readmeExitCodes(commands: string[]): Map<string, Set<number>> {
  const codes = new Map(commands.map((c) => [c, new Set<number>()]));
  const start = README.indexOf('Exit status:');
  if (start < 0) throw new Error('README: no "Exit status:" sentence');
  const parts = README.slice(start).split(/\*\*(\d)\*\*/);
  for (let i = 1; i < parts.length; i += 2) {
    const { clause, ended } = untilSentenceEnd(parts[i + 1]);
    const named = [...clause.matchAll(/`([a-z]+)[^`]*`/g)].map((m) => m[1]).filter((c) => codes.has(c));
    for (const c of named.length ? named : commands) codes.get(c)!.add(Number(parts[i]));
    if (ended) break;
  }
  for (const m of README.matchAll(/^- `([a-z]+)` [\s\S]*?(?=^- |^#|^\s*$)/gm)) {
    const exit = /Exit (\*\*\d\*\*[\s\S]*)/.exec(m[0]);
    if (!exit || !codes.has(m[1])) continue;
    for (const n of exit[1].matchAll(/\*\*(\d)\*\*/g)) codes.get(m[1])!.add(Number(n[1]));
  }
  return codes;
}

/** A text up to the end of its sentence: the first ". X" outside parentheses. */
function untilSentenceEnd(text: string): { clause: string; ended: boolean } {
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '(') depth++;
    else if (text[k] === ')') depth--;
    else if (depth === 0 && text[k] === '.' && /^\s[A-Z]/.test(text.slice(k + 1, k + 3))) return { clause: text.slice(0, k), ended: true };
  }
  return { clause: text, ended: false };
}

/** The guide's table rows "| `phuluc parse` | 0, 2 | …". */
function guideExitCodes(): Map<string, number[]> {
  const rows = [...GUIDE.matchAll(/^\|\s*`phuluc ([a-z]+)`\s*\|\s*([0-9][0-9,\s]*)\|/gm)];
  return new Map(rows.map((m) => [m[1], m[2].split(',').map((n) => Number(n.trim()))]));
}

// ---------------------------------------------------------------------------------------------

// JSON fields: what the commands print on the bundled samples, and what src declares.

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

/** Keys `phuluc <args> --json` prints (exit 0 or 1: findings and conflicts still print). */
function jsonKeys(args: string[]): Set<string> {
  const r = runCli([...args, '--json']);
  if (r.code > 1) throw new Error(`phuluc ${args.join(' ')} --json exited ${r.code}: ${r.stderr}`);
  return keysOf(JSON.parse(r.stdout));
}

/**
 * A small invented appendix (TAB rows as Word's copy gives them) whose times carry the optional
 * fields the samples lack: a yearly day, a duration counted from an event, a deadline then ongoing.
 */
const TIMES_TABLE = [
  'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
  '1\tTổ chức hội nghị sơ kết công tác cải cách hành chính\tSở Nội vụ\tTrước 30/6 hằng năm',
  '2\tGiải quyết hồ sơ đăng ký hoạt động của tổ chức hành nghề\tSở Tư pháp\t15 ngày làm việc kể từ ngày nhận đủ hồ sơ',
  '3\tDuy trì cổng dịch vụ công trực tuyến của tỉnh\tSở Khoa học và Công nghệ\tNăm 2025 và các năm tiếp theo',
].join('\n');

/** Keys `phuluc parse --json` prints for a text. */
function parsedKeys(text: string): Set<string> {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-guide-'));
  try {
    const file = join(dir, 'thoi-gian.txt');
    writeFileSync(file, text);
    return jsonKeys(['parse', file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Property names declared in src/core and src/app ("name:" / "name?:" at the start of a line): optional fields the samples may not show. */
function declaredProperties(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const path = join(dir, f);
      if (statSync(path).isDirectory()) walk(path);
      else if (f.endsWith('.ts')) for (const m of readFileSync(path, 'utf8').matchAll(/^\s*(?:readonly\s+)?([a-zA-Z]+)\??:/gm)) names.add(m[1]);
    }
  };
  walk(join(ROOT, 'src', 'core'));
  walk(join(ROOT, 'src', 'app'));
  return names;
}

/**
 * JSON field names the guide cites: quoted names in its JSON blocks, "name": in its code spans, and
 * code spans that are one camelCase name (`leadCanonical`, `parentTt`).
 */
function guideJsonFields(md: string): string[] {
  const fields: string[] = [];
  for (const m of md.matchAll(/^```\n(\{[\s\S]*?)^```/gm)) for (const f of m[1].matchAll(/"([a-zA-Z]+)"(?=\s*[,:}\]])/g)) fields.push(f[1]);
  for (const m of md.matchAll(/`([^`\n]*)`/g)) for (const f of m[1].matchAll(/"([a-zA-Z]+)"\s*:/g)) fields.push(f[1]);
  for (const m of md.matchAll(/`([a-z]+[A-Z][A-Za-z]*)`/g)) fields.push(m[1]);
  return fields;
}

describe('docs/HUONG-DAN.md, the Vietnamese user guide', () => {
  it('exists and is linked from the README', () => {
    expect(existsSync(join(ROOT, 'docs', 'HUONG-DAN.md'))).toBe(true);
    expect(README.slice(0, 1500)).toContain('(docs/HUONG-DAN.md)');
  });

  it('the help lists the commands the test checks against', () => {
    expect(COMMANDS).toEqual(expect.arrayContaining(['parse', 'amend', 'validate', 'import', 'split', 'merge', 'report']));
  });

  it('every `phuluc <command>` it mentions exists, and it mentions every command', () => {
    const cited = new Set([...GUIDE.matchAll(/\bphuluc ([a-z][a-z-]*)/g)].map((m) => m[1]));
    expect([...cited].filter((c) => !COMMANDS.includes(c))).toEqual([]);
    expect(COMMANDS.filter((c) => !cited.has(c))).toEqual([]);
  });

  it('every option it mentions is in the help output', () => {
    const cited = new Set([...longOptions(GUIDE), ...codeUnits(GUIDE).flatMap(shortOptions)]);
    expect(cited.size).toBeGreaterThan(10);
    expect([...cited].filter((o) => !ALL_OPTIONS.has(o))).toEqual([]);
  });

  it("options on a command's line are that command's options", () => {
    const wrong: string[] = [];
    for (const unit of codeUnits(GUIDE)) {
      const m = /\bphuluc ([a-z][a-z-]*)\b(.*)$/.exec(unit);
      if (!m || !COMMAND_HELP.has(m[1])) continue;
      const own = optionsOf(m[1]);
      for (const o of optionsIn(m[2])) if (!own.has(o)) wrong.push(`${o} in “${unit}”`);
    }
    expect(wrong).toEqual([]);
  });

  it("options in a command's own section are that command's options", () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const s of sections(GUIDE)) {
      const m = /^#{3,4} `phuluc ([a-z][a-z-]*)`/.exec(s.heading);
      if (!m) continue;
      checked++;
      const own = optionsOf(m[1]);
      const cited = new Set([...longOptions(s.text), ...codeUnits(s.text).flatMap(shortOptions)]);
      for (const o of cited) if (!own.has(o)) wrong.push(`${o} in the section ${s.heading}`);
    }
    expect(checked).toBe(COMMANDS.length);
    expect(wrong).toEqual([]);
  });

  it('every sheet it cites is one the product writes, and it describes each sheet', () => {
    const cited = citedSheets(GUIDE);
    expect([...new Set(cited)].filter((s) => !isProductSheet(s))).toEqual([]);
    expect(FIXED_SHEETS.filter((s) => !cited.includes(s))).toEqual([]);
  });

  it('every «…» it writes is a sheet cited as trang «…», but for its convention line and the fix button', () => {
    expect(otherQuotes(GUIDE).filter((q) => !NOT_SHEETS.includes(q))).toEqual([]);
  });

  it('the sheet check itself tells product sheets from others', () => {
    for (const s of ['Tổng hợp', 'Phụ lục', 'Phụ lục 3', 'Biểu số 01', 'CT2 Phụ lục 3', 'Sao lưu 30-06-2026 14-05-09', 'Sao lưu gộp …', 'Phụ lục …']) {
      expect([s, isProductSheet(s)]).toEqual([s, true]);
    }
    for (const s of ['Tong hop', 'Tổng Hợp', 'Bản in', 'PHỤ LỤC 3', 'CT1 Phụ lục 3', 'Sao lưu hôm qua', 'Lưu trữ …', 'Báo cáo quý']) {
      expect([s, isProductSheet(s)]).toEqual([s, false]);
    }
  });

  it('every JSON field it cites is one the commands print or src declares', () => {
    const printed = new Set([
      ...jsonKeys(['parse', seedPath('003')]),
      ...jsonKeys(['parse', seedPath('001')]),
      ...jsonKeys(['validate', seedPath('004')]),
      ...jsonKeys(['amend', seedPath('001'), seedPath('000')]),
      ...parsedKeys(TIMES_TABLE),
    ]);
    const declared = declaredProperties();
    const cited = guideJsonFields(GUIDE);
    expect(cited.length).toBeGreaterThan(40);
    expect([...new Set(cited)].filter((f) => !printed.has(f) && !declared.has(f))).toEqual([]);
    // The fields of parse's items, validate's findings and amend's changes the samples do print.
    for (const f of [
      'tt',
      'lead',
      'leadCanonical',
      'due',
      'notImported',
      'recurrenceDay',
      'day',
      'amount',
      'unit',
      'ongoingAfter',
      'rule',
      'severity',
      'byRule',
      'op',
      'before',
      'after',
      'notApplied',
    ])
      expect([f, cited.includes(f), printed.has(f)]).toEqual([f, true, true]);
  });

  it("the exit codes it lists per command are the README's contract", () => {
    const contract = readmeExitCodes(COMMANDS);
    // The contract as read: 0 and 2 for every command, 1 for those that report problems, 3 for import only.
    expect([...contract.get('import')!].sort()).toEqual([0, 1, 2, 3]);
    expect([...contract.get('parse')!].sort()).toEqual([0, 2]);
    const listed = guideExitCodes();
    expect([...listed.keys()].sort()).toEqual([...COMMANDS].sort());
    for (const c of COMMANDS) expect([c, listed.get(c)]).toEqual([c, [...contract.get(c)!].sort()]);
  });
});
