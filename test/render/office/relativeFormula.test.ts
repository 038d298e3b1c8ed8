import { relativeForm } from '../../../src/render/office/relativeFormula';
import { statusFormula } from './fixtures';

describe('relativeForm', () => {
  it('gives the same form to one formula copied down, and different forms otherwise', () => {
    expect(relativeForm('$J7="x"', 7, 12)).toBe(relativeForm('$J8="x"', 8, 12));
    expect(relativeForm('$J7="x"', 7, 12)).toBe('$JR[0]="x"');
    expect(relativeForm('$J7="x"', 7, 12)).not.toBe(relativeForm('$J7="x"', 8, 12));
    expect(relativeForm('A1+B2', 3, 3)).toBe('C[-2]R[-2]+C[-1]R[-1]');
    expect(relativeForm('$A$1*2', 9, 9)).toBe('$A$1*2');
    expect(relativeForm(statusFormula(7), 7, 12)).toBe(relativeForm(statusFormula(5000), 5000, 12));
  });

  it('leaves text, quoted sheet names, structured references and names alone', () => {
    expect(relativeForm('"A1 "&B2', 2, 1)).toBe('"A1 "&C[1]R[0]');
    expect(relativeForm("'Q1 2026'!B3", 3, 2)).toBe("'Q1 2026'!C[0]R[0]");
    expect(relativeForm('COUNTIFS(PL1[Tình trạng],"Quá hạn")', 4, 2)).toBe('COUNTIFS(PL1[Tình trạng],"Quá hạn")');
    expect(relativeForm('LOG10(X)+NgayBaoCao', 4, 2)).toBe('LOG10(X)+NgayBaoCao');
    expect(relativeForm('"say ""A1"""&A1', 1, 1)).toBe('"say ""A1"""&C[0]R[0]');
  });
});
