import fc from 'fast-check';
import { CountedRow, emptyCounts, Group, groupCounts, STATUS, STATUS_ORDER } from '../../../src/core/status';

// groupCounts lower-cases each spelling once; the groups must be those of lower-casing every row.
function plainGroups(rows: CountedRow[], keyOf: (r: CountedRow) => string): Group[] {
  const groups = new Map<string, Group>();
  for (const r of rows) {
    const key = keyOf(r);
    let g = groups.get(key.toLowerCase());
    if (!g) groups.set(key.toLowerCase(), (g = { key, counts: emptyCounts() }));
    g.counts[r.status]++;
  }
  return [...groups.values()];
}

const row = (lead: string, status: CountedRow['status']): CountedRow => ({ lead, section: '', due: null, status });

describe('groupCounts', () => {
  it('counts spellings that differ in case as one group, named as first written', () => {
    const groups = groupCounts([row('Sở Y tế', STATUS.overdue), row('SỞ Y TẾ', STATUS.overdue), row('Sở Nội vụ', STATUS.dueSoon), row('sở y tế', STATUS.dueSoon)], (r) => r.lead);
    expect(groups.map((g) => g.key)).toEqual(['Sở Y tế', 'Sở Nội vụ']);
    expect(groups[0].counts[STATUS.overdue]).toBe(2);
    expect(groups[0].counts[STATUS.dueSoon]).toBe(1);
    expect(groups[1].counts[STATUS.dueSoon]).toBe(1);
  });
  it('equals lower-casing every row, for any rows', () => {
    const lead = fc.constantFrom('Sở Y tế', 'SỞ Y TẾ', 'sở y tế', 'Sở Nội vụ', '', 'İl', 'i̇l', 'ΣΑΣ', 'σας');
    const status = fc.constantFrom(...STATUS_ORDER.map((k) => STATUS[k]));
    fc.assert(
      fc.property(fc.array(fc.tuple(lead, status), { maxLength: 60 }), (pairs) => {
        const rows = pairs.map(([l, s]) => row(l, s));
        expect(groupCounts(rows, (r) => r.lead)).toEqual(plainGroups(rows, (r) => r.lead));
      }),
    );
  });
});
