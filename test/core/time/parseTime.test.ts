import { parseTime, TimeMeaning } from '../../../src/core/time';

type Expect = Partial<Omit<TimeMeaning, 'text' | 'kind'>>;

/** The full expected TimeMeaning: every field not given is null (and no ongoingAfter). */
function meaning(text: string, kind: TimeMeaning['kind'], e: Expect = {}): TimeMeaning {
  return { text, kind, due: null, start: null, condition: null, recurrence: null, reason: null, ...e };
}

const NOT_RECOGNISED = 'Không nhận ra cụm thời gian';

/**
 * Real phrases from the seed documents (000, 001 OCR, 003, 004), expected values worked out by
 * hand from DOMAIN.md "Time phrases and what they mean".
 */
const REAL: Array<[string, TimeMeaning['kind'], Expect]> = [
  // 003 — Tuyên Quang 52-CTr/TU, "Thời gian ban hành"
  ['Quý II/2026', 'deadline', { due: '2026-06-30' }],
  ['Quý III/2026', 'deadline', { due: '2026-09-30' }],
  ['Quý IV/2026', 'deadline', { due: '2026-12-31' }],
  ['Quý I/2027', 'deadline', { due: '2027-03-31' }],
  ['Quý II/2027', 'deadline', { due: '2027-06-30' }],
  ['Quý II/2030', 'deadline', { due: '2030-06-30' }],
  ['Tháng 5/2026', 'deadline', { due: '2026-05-31' }],
  ['Tháng 11/2026', 'deadline', { due: '2026-11-30' }],
  ['Tháng 12/2026', 'deadline', { due: '2026-12-31' }],
  ['Thực hiện thường xuyên', 'ongoing', {}],
  ['Thực hiện hằng năm', 'recurring', { recurrence: 'yearly' }],
  ['Quý II hằng năm', 'recurring', { recurrence: 'yearly:Q2' }],
  ['Quý III hằng năm', 'recurring', { recurrence: 'yearly:Q3' }],
  ['Quý IV hằng năm', 'recurring', { recurrence: 'yearly:Q4' }],
  ['Đã ban hành', 'done', {}],
  ['Sau khi có hướng dẫn của Trung ương', 'conditional', { condition: 'Sau khi có hướng dẫn của Trung ương' }],
  ['Khi có hướng dẫn của Trung ương', 'conditional', { condition: 'Khi có hướng dẫn của Trung ương' }],
  ['Sau khi có các Quyết định phê duyệt', 'conditional', { condition: 'Sau khi có các Quyết định phê duyệt' }],
  ['Tháng 6/2026 (Sau khi có Nghị định của Chính phủ)', 'deadline', { due: '2026-06-30', condition: 'Sau khi có Nghị định của Chính phủ' }],
  ['Năm 2026 (Sau khi có Hướng dẫn của Trung ương)', 'deadline', { due: '2026-12-31', condition: 'Sau khi có Hướng dẫn của Trung ương' }],
  ['Năm 2026 (sau khi Trung ương giao biên chế)', 'deadline', { due: '2026-12-31', condition: 'sau khi Trung ương giao biên chế' }],
  // 004 — Lai Châu, "Thời gian" / "Thời gian trình"
  ['Năm 2026-2030', 'period', { start: '2026-01-01', due: '2030-12-31' }],
  ['Năm 2026 - 2030', 'period', { start: '2026-01-01', due: '2030-12-31' }],
  ['Năm 2026 - 2027', 'period', { start: '2026-01-01', due: '2027-12-31' }],
  ['Năm 2026-2027', 'period', { start: '2026-01-01', due: '2027-12-31' }],
  ['Năm 2026 - 2029', 'period', { start: '2026-01-01', due: '2029-12-31' }],
  ['Năm 2026 - 2031', 'period', { start: '2026-01-01', due: '2031-12-31' }],
  ['Năm 2026 - 2035', 'period', { start: '2026-01-01', due: '2035-12-31' }],
  ['Năm 2025 - 2030', 'period', { start: '2025-01-01', due: '2030-12-31' }],
  ['Năm 2025 - 2035', 'period', { start: '2025-01-01', due: '2035-12-31' }],
  ['Năm 2026', 'deadline', { due: '2026-12-31' }],
  ['Hoàn thành năm 2027', 'deadline', { due: '2027-12-31' }],
  ['Tháng 3/2026', 'deadline', { due: '2026-03-31' }],
  ['Tháng 6/2026', 'deadline', { due: '2026-06-30' }],
  ['Quý I/2026', 'deadline', { due: '2026-03-31' }],
  ['Từ tháng 6/2026', 'ongoing', { start: '2026-06-01' }],
  ['Thường xuyên', 'ongoing', {}],
  ['Năm 2027 và thực hiện thường xuyên', 'deadline', { due: '2027-12-31', ongoingAfter: true }],
  ['Đã tham mưu ban hành', 'done', {}],
  ['Theo chỉ đạo của Đảng cấp trên', 'conditional', { condition: 'Theo chỉ đạo của Đảng cấp trên' }],
  ['Theo chỉ đạo của Tỉnh ủy', 'conditional', { condition: 'Theo chỉ đạo của Tỉnh ủy' }],
  ['Theo chỉ đạo của Tỉnh uỷ', 'conditional', { condition: 'Theo chỉ đạo của Tỉnh uỷ' }],
  ['Theo chỉ đạo, hướng dẫn của Đảng cấp trên', 'conditional', { condition: 'Theo chỉ đạo, hướng dẫn của Đảng cấp trên' }],
  ['Từ khi ban hành đề án', 'conditional', { condition: 'Từ khi ban hành đề án' }],
  ['Khi có chỉ đạo, hướng dẫn', 'conditional', { condition: 'Khi có chỉ đạo, hướng dẫn' }],
  ['Sau khi có chỉ đạo, hướng dẫn', 'conditional', { condition: 'Sau khi có chỉ đạo, hướng dẫn' }],
  ['Sau khi có văn bản của Trung ương', 'conditional', { condition: 'Sau khi có văn bản của Trung ương' }],
  ['Năm 2026-203', 'invalid', { reason: 'Khoảng thời gian bị cắt: 2026-203' }],
  // 004 Phụ lục 1: the 4th column there is "Đơn vị tham mưu" — an agency, not a time
  ['Chi bộ Kinh tế ngành – Văn xã', 'none', { reason: NOT_RECOGNISED }],
  ['Chi bộ Tổng hợp – Nội chính', 'none', { reason: NOT_RECOGNISED }],
  ['Các chi bộ trực thuộc', 'none', { reason: NOT_RECOGNISED }],
  // 000 — amendment of 01-CTr/TU, "Thời hạn hoàn thành: …" / "Thời gian thực hiện: …"
  ['Trong năm 2025', 'deadline', { due: '2025-12-31' }],
  ['Trong năm 2026', 'deadline', { due: '2026-12-31' }],
  ['Thường xuyên, liên tục', 'ongoing', {}],
  ['Trong năm 2026 và thực hiện thường xuyên', 'deadline', { due: '2026-12-31', ongoingAfter: true }],
  ['Giai đoạn 2026-2028', 'period', { start: '2026-01-01', due: '2028-12-31' }],
  ['Trong năm 2026 - 2027', 'period', { start: '2026-01-01', due: '2027-12-31' }],
  // 001 — OCR text, diacritics mostly lost
  ['Trong nam 2025', 'deadline', { due: '2025-12-31' }],
  ['Trong nam 2026', 'deadline', { due: '2026-12-31' }],
  ['Quy 1/2026', 'deadline', { due: '2026-03-31' }],
  ['Thuong xuyén, lién tuc', 'ongoing', {}],
  ['Thirong xuyén, lién tuc', 'ongoing', {}],
  ['Thuong xuyén, lién tuc 3', 'ongoing', {}], // footnote marker "3"
  ['Thuong xuyén, lién tuc theo dinh ky quy dinh', 'ongoing', {}],
  ['Thuong xuyén, lién tuc va theo dinh hwéng, huwéng dan cia Trung wong', 'ongoing', { condition: 'theo dinh hwéng, huwéng dan cia Trung wong' }],
  ['Trong nam 2025 va theo dinh hwdng, hwdng dan cia Trung wong', 'deadline', { due: '2025-12-31', condition: 'theo dinh hwdng, hwdng dan cia Trung wong' }],
  ['Trong giai doan 2025 - 2030', 'period', { start: '2025-01-01', due: '2030-12-31' }],
  ['Trong giai doan 2025-2030', 'period', { start: '2025-01-01', due: '2030-12-31' }],
  ['Trong giai doan 2025 - 2030 (c6 ké hoach cu thé sau)', 'period', { start: '2025-01-01', due: '2030-12-31' }],
  ['Theo tién do Trung wong yéu cau', 'conditional', { condition: 'Theo tién do Trung wong yéu cau' }],
  ['Theo tién do yéu cau cua Trung wong', 'conditional', { condition: 'Theo tién do yéu cau cua Trung wong' }],
  ['Theo tién dg ciia Trung wong', 'conditional', { condition: 'Theo tién dg ciia Trung wong' }],
  ['Theo ké hoach dwoc giao cu thé', 'conditional', { condition: 'Theo ké hoach dwoc giao cu thé' }],
  ['Theo yéu cau tién do cia Trung wong', 'conditional', { condition: 'Theo yéu cau tién do cia Trung wong' }],
  ['Thuong xuyén, lién tuc va theo dinh hiedng, hiong dan ciia Trung wong', 'ongoing', { condition: 'theo dinh hiedng, hiong dan ciia Trung wong' }],
  ['Theo tién do Trung wong yéu cau. Hoan thanh trong giai doan 2025 - 2030', 'period', { start: '2025-01-01', due: '2030-12-31', condition: 'Theo tién do Trung wong yéu cau' }],
  ['Trong nam 20235', 'invalid', { reason: 'Năm không hợp lệ: 20235' }],
];

describe('parseTime — real phrases from the seeds', () => {
  it('covers at least 40 distinct phrases', () => {
    expect(new Set(REAL.map(([t]) => t)).size).toBe(REAL.length);
    expect(REAL.length).toBeGreaterThanOrEqual(40);
  });
  it.each(REAL)('%s → %s', (text, kind, e) => {
    expect(parseTime(text)).toEqual(meaning(text, kind, e));
  });
});

/** The phrases of DOMAIN.md and the issue that are not (verbatim) in the seeds. */
const DOMAIN: Array<[string, TimeMeaning['kind'], Expect]> = [
  ['Tháng 06/2026', 'deadline', { due: '2026-06-30' }],
  ['trong tháng 12 năm 2025', 'deadline', { due: '2025-12-31' }],
  ['Tháng 2/2028', 'deadline', { due: '2028-02-29' }], // leap year
  ['Quý III Năm 2026', 'deadline', { due: '2026-09-30' }],
  ['Quí IV-2025', 'deadline', { due: '2025-12-31' }],
  ['Quí IV/2025', 'deadline', { due: '2025-12-31' }],
  ['trong quý I/2026', 'deadline', { due: '2026-03-31' }],
  ['Quý 3/2026', 'deadline', { due: '2026-09-30' }],
  ['Quý Il/2026', 'deadline', { due: '2026-06-30' }], // OCR "l" for "I"
  ['6 tháng đầu năm 2026', 'deadline', { due: '2026-06-30' }],
  ['6 tháng cuối năm 2026', 'deadline', { due: '2026-12-31' }],
  ['Sáu tháng đầu năm 2027', 'deadline', { due: '2027-06-30' }],
  ['2026', 'deadline', { due: '2026-12-31' }],
  ['Giai đoạn 2026-2030', 'period', { start: '2026-01-01', due: '2030-12-31' }],
  ['Giai đoạn 2026–2030', 'period', { start: '2026-01-01', due: '2030-12-31' }], // en dash
  ['Từ năm 2026 đến năm 2030', 'period', { start: '2026-01-01', due: '2030-12-31' }],
  ['Quý IV/2025 - Quý II/2026', 'period', { start: '2025-10-01', due: '2026-06-30' }],
  ['Từ tháng 6/2026 đến tháng 12/2026', 'period', { start: '2026-06-01', due: '2026-12-31' }],
  ['Tháng 3/2026 - 2/2027', 'period', { start: '2026-03-01', due: '2027-02-28' }],
  ['Quý IV/2025 - 2026', 'period', { start: '2025-10-01', due: '2026-12-31' }],
  ['Quý IV/2025 đến Quý II/2026', 'period', { start: '2025-10-01', due: '2026-06-30' }],
  ['trước ngày 30/6/2026', 'deadline', { due: '2026-06-30' }],
  ['31/12/2025', 'deadline', { due: '2025-12-31' }],
  ['Trước ngày 15.9.2026', 'deadline', { due: '2026-09-15' }],
  ['ngày 30 tháng 6 năm 2026', 'deadline', { due: '2026-06-30' }],
  ['Từ năm 2026', 'ongoing', { start: '2026-01-01' }],
  ['Hằng năm', 'recurring', { recurrence: 'yearly' }],
  ['Hàng năm', 'recurring', { recurrence: 'yearly' }],
  ['Tháng 12 hằng năm', 'recurring', { recurrence: 'yearly:M12' }],
  ['6 tháng cuối năm hằng năm', 'recurring', { recurrence: 'yearly:H2' }],
  ['Định kỳ hằng quý', 'recurring', { recurrence: 'quarterly' }],
  ['Hằng tháng', 'recurring', { recurrence: 'monthly' }],
  ['Hang nam', 'recurring', { recurrence: 'yearly' }],
  ['Quý III/2026. Thực hiện thường xuyên, liên tục', 'deadline', { due: '2026-09-30', ongoingAfter: true }],
  ['Sau khi có hướng dẫn của Trung ương và thực hiện thường xuyên', 'ongoing', { condition: 'Sau khi có hướng dẫn của Trung ương' }],
  ['Theo kế hoạch, hoàn thành trong năm 2026', 'deadline', { due: '2026-12-31', condition: 'Theo kế hoạch' }],
  // a date inside the condition describes the condition
  ['Sau khi có Nghị định 30/2020/NĐ-CP', 'conditional', { condition: 'Sau khi có Nghị định 30/2020/NĐ-CP' }],
  ['Chờ hướng dẫn của Bộ Nội vụ', 'conditional', { condition: 'Chờ hướng dẫn của Bộ Nội vụ' }],
  ['Đã hoàn thành', 'done', {}],
  ['Đã ban hành tháng 3/2026', 'done', { due: '2026-03-31' }],
  ['Quý II/2026; Quý IV/2026', 'deadline', { due: '2026-12-31' }], // several deadlines: the last
  // no year: understood but cannot be dated
  ['6 tháng cuối năm', 'none', { reason: 'Thiếu năm: 6 tháng cuối năm' }],
  ['6 tháng đầu năm', 'none', { reason: 'Thiếu năm: 6 tháng đầu năm' }],
  ['Quý IV', 'none', { reason: 'Thiếu năm: Quý IV' }],
  ['Tháng 12', 'none', { reason: 'Thiếu năm: Tháng 12' }],
  // not a time at all
  ['Ban Thường vụ Tỉnh ủy', 'none', { reason: NOT_RECOGNISED }],
  ['Đài Khí tượng Thủy văn tỉnh', 'none', { reason: NOT_RECOGNISED }],
  ['Sở Kế hoạch và Đầu tư', 'none', { reason: NOT_RECOGNISED }],
  ['Quy hoạch tỉnh', 'none', { reason: NOT_RECOGNISED }],
];

describe('parseTime — domain phrases', () => {
  it.each(DOMAIN)('%s → %s', (text, kind, e) => {
    expect(parseTime(text)).toEqual(meaning(text, kind, e));
  });
});

const BROKEN: Array<[string, string]> = [
  ['Trong nam 20235', 'Năm không hợp lệ: 20235'],
  ['Năm 20235', 'Năm không hợp lệ: 20235'],
  ['20235', 'Năm không hợp lệ: 20235'],
  ['Năm 203', 'Năm không hợp lệ: 203'],
  ['Năm 2026-203', 'Khoảng thời gian bị cắt: 2026-203'],
  ['Năm 2026 - 2', 'Khoảng thời gian bị cắt: 2026 - 2'],
  ['Giai đoạn 2026-30', 'Khoảng thời gian bị cắt: 2026-30'],
  ['Năm 2026 - 20300', 'Năm không hợp lệ: 20300'],
  ['Năm 1989', 'Năm không hợp lệ: 1989'],
  ['Năm 2101', 'Năm không hợp lệ: 2101'],
  ['Năm 2206', 'Năm không hợp lệ: 2206'],
  ['Quý II/26', 'Năm không hợp lệ: 26'],
  ['Tháng 13/2026', 'Tháng không hợp lệ: 13'],
  ['Tháng 0/2026', 'Tháng không hợp lệ: 0'],
  ['Quý V/2026', 'Quý không hợp lệ: V'],
  ['Quý 5/2026', 'Quý không hợp lệ: 5'],
  ['Quý V hằng năm', 'Quý không hợp lệ: V'],
  ['31/2/2026', 'Ngày không hợp lệ: 31/2/2026'],
  ['trước ngày 29/2/2026', 'Ngày không hợp lệ: 29/2/2026'],
  ['Năm 2030 - 2026', 'Khoảng thời gian ngược (kết thúc trước khi bắt đầu): 2030 - 2026'],
  ['Quý II/2026 - Quý I/2026', 'Khoảng thời gian ngược (kết thúc trước khi bắt đầu): Quý II/2026 - Quý I/2026'],
  ['Từ tháng 6/2026, hoàn thành tháng 3/2026', 'Khoảng thời gian ngược (kết thúc trước khi bắt đầu)'],
  // a broken value wins over everything else in the phrase: never a guessed date
  ['Năm 2026-203 (Sau khi có hướng dẫn)', 'Khoảng thời gian bị cắt: 2026-203'],
  ['Trong nam 20235 va thuc hien thuong xuyen', 'Năm không hợp lệ: 20235'],
];

describe('parseTime — broken values are invalid, never guessed', () => {
  it.each(BROKEN)('%s', (text, reason) => {
    const r = parseTime(text);
    expect(r.kind).toBe('invalid');
    expect(r.reason).toBe(reason);
    expect(r.due).toBeNull();
    expect(r.start).toBeNull();
  });
});

describe('parseTime — normalisation', () => {
  it('empty and whitespace-only → none without reason', () => {
    for (const s of ['', '   ', '\n\t ', '\u00a0']) {
      expect(parseTime(s)).toEqual(meaning('', 'none'));
    }
  });

  it('NFD-decomposed input matches and is returned as NFC', () => {
    const nfc = 'Quý III Năm 2026';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(parseTime(nfd)).toEqual(meaning(nfc, 'deadline', { due: '2026-09-30' }));
    const cond = 'Năm 2026 (Sau khi có Hướng dẫn của Trung ương)';
    const r = parseTime(cond.normalize('NFD'));
    expect(r.text).toBe(cond);
    expect(r.condition).toBe('Sau khi có Hướng dẫn của Trung ương');
    expect(r.condition!.normalize('NFC')).toBe(r.condition);
    expect(parseTime('Thường xuyên, liên tục'.normalize('NFD')).kind).toBe('ongoing');
    expect(parseTime('Đã tham mưu ban hành'.normalize('NFD')).kind).toBe('done');
  });

  it('collapses whitespace (newlines, NBSP, tabs) and keeps the phrase as written', () => {
    const r = parseTime('  Quý\u00a0II /\n2026  ');
    expect(r).toEqual(meaning('Quý II / 2026', 'deadline', { due: '2026-06-30' }));
    expect(parseTime('Năm  2026\t-\t2030').text).toBe('Năm 2026 - 2030');
  });

  it('upper case and mixed case', () => {
    expect(parseTime('QUÝ II/2026').due).toBe('2026-06-30');
    expect(parseTime('THƯỜNG XUYÊN').kind).toBe('ongoing');
    expect(parseTime('trong NĂM 2026').due).toBe('2026-12-31');
  });
});
