import { importProgramme } from '../../../src/core/import';
import type { Programme } from '../../../src/core/model';
import {
  normaliseNumber,
  normaliseWrittenNumber,
  numberInAttached,
  programmeFacts,
  programmeIdentity,
  programmeLabel,
  sameProgramme,
  taskKey,
} from '../../../src/core/plan/programmeIdentity';
import { disasterProgramme, tourismPlan, tourismPlanEdited } from '../../helpers/programmeTexts';

const facts = (text: string) => programmeFacts(importProgramme(text));

describe('programme identity (issue 13)', () => {
  it('reads the number and issuing body from the "(Kèm theo …)" line, not the numbers it cites', () => {
    expect(programmeIdentity(importProgramme(tourismPlan()))).toEqual({
      title: 'KẾ HOẠCH Phát triển du lịch cộng đồng giai đoạn 2026 - 2028',
      number: '15-KH/UBND',
      printed: '15-KH/UBND',
      issuer: 'Ủy ban nhân dân huyện',
    });
    // Compared normalised, shown as printed.
    expect(programmeIdentity(importProgramme(disasterProgramme()))).toMatchObject({ number: '7-CTR/HU', printed: '07-CTr/HU' });
    expect(programmeLabel(programmeIdentity(importProgramme(disasterProgramme())))).toMatch(/^số 07-CTr\/HU \(/);
    expect(normaliseWrittenNumber('07-CTr/HU')).toBe('7-CTR/HU');
    expect(normaliseWrittenNumber(' 7 - ctr / hu ')).toBe('7-CTR/HU');
    expect(numberInAttached('(Kèm theo Chương trình số 07-CTr/HU ngày 02/4/2026 của Ban Thường vụ Huyện ủy)')).toBe('7-CTR/HU');
    // A blank number ("số -KH/ĐU") is no number.
    expect(numberInAttached('(Kèm theo Kế hoạch số -KH/ĐU, ngày tháng năm 2026 của Đảng ủy cơ quan)')).toBe('');
    expect(normaliseNumber('01 ', 'CTr', 'TU')).toBe('1-CTR/TU');
  });

  it('takes a header line "Số: 21-KH/UBND" when no appendix names the document, never "Nghị quyết số …" in the text', () => {
    const p: Programme = {
      ...importProgramme(tourismPlan(false)),
      notImported: [
        { line: 1, text: 'ỦY BAN NHÂN DÂN HUYỆN', reason: '' },
        { line: 2, text: 'Thực hiện Nghị quyết số 09-NQ/HU ngày 5/1/2026 của Huyện ủy', reason: '' },
        { line: 3, text: 'Số: 21-KH/UBND        Bản Mường, ngày 10 tháng 3 năm 2026', reason: '' },
      ],
    };
    expect(programmeIdentity(p).number).toBe('21-KH/UBND');
  });

  it('folds task texts: case, spacing and punctuation do not count', () => {
    expect(taskKey('Diễn tập  ứng phó lũ quét, cấp huyện.')).toBe(taskKey('diễn tập ứng phó lũ quét cấp huyện'));
  });
});

describe('same programme or another one', () => {
  it('the same plan re-imported with edits is the same programme (by its number)', () => {
    expect(sameProgramme(facts(tourismPlanEdited()), facts(tourismPlan()))).toMatchObject({ same: true, by: 'number' });
  });

  it('without numbers, the same plan with edits is the same: 5 of the 6 old tasks unchanged', () => {
    // Old: 6 tasks; edited: 7 tasks, one reworded → 5 in common over the smaller side (6).
    const v = sameProgramme(facts(tourismPlanEdited(false)), facts(tourismPlan(false)));
    expect(v.by).toBe('tasks');
    expect(v.shared).toBeCloseTo(5 / 6, 5);
    expect(v.same).toBe(true);
  });

  it('another programme is different: by number, and by its tasks when numbers are missing', () => {
    expect(sameProgramme(facts(disasterProgramme()), facts(tourismPlan()))).toMatchObject({ same: false, by: 'number' });
    expect(sameProgramme(facts(disasterProgramme(false)), facts(tourismPlan(false)))).toMatchObject({ same: false, by: 'tasks', shared: 0 });
  });

  it('different numbers decide even when tasks overlap (a second plan copying tasks of the first)', () => {
    const copy = tourismPlan().replace('15-KH/UBND', '16-KH/UBND');
    expect(sameProgramme(facts(copy), facts(tourismPlan()))).toMatchObject({ same: false, by: 'number', shared: 1 });
  });

  it('the same number from another issuing body is another programme', () => {
    const other = tourismPlan().replace('của Ủy ban nhân dân huyện', 'của Ủy ban nhân dân thị xã');
    expect(sameProgramme(facts(other), facts(tourismPlan()))).toMatchObject({ same: false, by: 'number' });
    // A body written with other spacing or case is the same body.
    const spaced = tourismPlan().replace('của Ủy ban nhân dân huyện', 'của Ủy ban  nhân dân Huyện');
    expect(sameProgramme(facts(spaced), facts(tourismPlan()))).toMatchObject({ same: true, by: 'number' });
  });

  it('a shared generic title is not enough: few common tasks → another programme', () => {
    const a = facts(tourismPlan(false));
    const b = facts(disasterProgramme(false));
    b.identity.title = a.identity.title;
    // 1 common task out of 5 (20 %) is enough with the same title; none is not.
    expect(sameProgramme(b, a).same).toBe(false);
    const oneShared = { ...b, tasks: [...b.tasks.slice(1), a.tasks[0]] };
    expect(sameProgramme(oneShared, a)).toMatchObject({ same: true, shared: 1 / 5 });
    // With different titles, 1 in 5 is not enough.
    expect(sameProgramme({ ...oneShared, identity: { ...oneShared.identity, title: 'Khác' } }, a).same).toBe(false);
  });

  it('an empty side is the same programme (nothing to mix)', () => {
    const a = facts(tourismPlan(false));
    expect(sameProgramme(a, { identity: { title: '', number: '', issuer: '' }, tasks: [] })).toMatchObject({ same: true, by: 'empty' });
  });
});
