/**
 * Hand-counted truth for the real documents in ../shared/corpus (see its README).
 *
 * Every figure below was counted by READING the document's .txt (and its .docx where the .txt
 * left a doubt), never by running the importer. The same figures hold for both forms (.txt and
 * .docx): they are one document.
 *
 * What counts as a task (what a clerk tracking the plan keeps as one row):
 * - a numbered / lettered / dashed task or activity with its own lead or time; section and group
 *   headings are not tasks. A numbered row with no lead and no time whose next rows are its
 *   children is a heading (Đồng Nai "5.1 Thương mại"). Repeated header rows ("Nội dung | Đơn vị
 *   thực hiện …") and "(1) (2) (3)" column-number rows are not tasks.
 * - a sub-row under a merged TT is an item of its own only when it has its own task and time; a
 *   sub-row that only adds a second lead belongs to the task above (Chính phủ 394, TT 1).
 * - when a document has an appendix table of tasks, that table is the task list: body text that
 *   restates the same tasks (ttg-2597 III, Đồng Nai III–V, Hà Nội 310 III) is not counted twice.
 * - prose: the tasks under the content section (NỘI DUNG / NHIỆM VỤ, GIẢI PHÁP) are counted, one
 *   per dash bullet / lettered point; a point laid out as "a) Nhiệm vụ b) Cơ quan thực hiện
 *   c) Thời gian" is ONE task (its dashes share the lead and the time).
 * - "TỔ CHỨC THỰC HIỆN" (assignments per agency) is counted only when the plan gives its tasks'
 *   leads nowhere else (Hồ Chí Minh 2853, Đắk Lắk 0129 / 0130): there every dash under
 *   "2. Sở X chủ trì …:" is a task whose lead is Sở X (inherited from the assignment heading).
 *   Where the tasks already carry leads (a table, or a) b) c) points), the closing assignments are
 *   the generic follow-up duties and are not counted.
 * - lead: a lead agency written for the task, inherited from a merged cell or from an assignment
 *   heading. Due date: the task's own time gives a deadline or a period end (DOMAIN.md); ongoing
 *   ("Thường xuyên"), yearly ("Hàng năm"), "theo lộ trình …" and no time give none. A plan-wide
 *   "Thời gian: từ nay đến năm 2030" is not a task's own time.
 *
 * Sections: `match` is a phrase of the section heading (or of the appendix title, for a table
 * without sections); a task counts in it when one of its headings (item.path) or its table's
 * title contains the phrase (case, spacing and tone-mark placement ignored).
 * Spot values: the task is found by `tt` and/or `in` (a phrase of one of its headings or its
 * table title) and/or `task` (a phrase of its text); `lead` is compared whole (case, spacing,
 * trailing punctuation ignored), `leadIncludes` by parts; `due` is ISO or null (no due date).
 */

export interface SectionCount {
  match: string;
  tasks: number;
}

export interface Spot {
  tt?: string;
  in?: string;
  task?: string;
  lead?: string;
  leadIncludes?: string[];
  due?: string | null;
}

export interface PlanTruth {
  kind: 'plan';
  name: string;
  tasks: number;
  sections: SectionCount[];
  leads: number;
  /** 'atLeast' only where a judgement call could add leads (agency named as a sentence's subject). */
  leadsMode: 'exact' | 'atLeast';
  due: number;
  spots: Spot[];
}

export interface NotProgrammeTruth {
  kind: 'not-programme';
  name: string;
}

export type Truth = PlanTruth | NotProgrammeTruth;

export const CORPUS: Truth[] = [
  // Đồng Nai 179/KH-UBND. The task list is the appendix table (STT | Nhiệm vụ, giải pháp | Đơn vị
  // thực hiện | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm đầu ra); body sections III–V
  // restate it. Groups A (nền móng) / B (ngành, lĩnh vực) / C (giải pháp) over Roman sections.
  // A: I 1, II 9, III 1 (numbered "3", one task), IV 7, V 7, VI 5, VII 7, VIII 5, IX 5 = 47.
  // B: I 8, II 3, III 3, IV (lao động) 4, "IV" (thương mại… — the document numbers it IV again) 11
  //    (5.1 "Thương mại" and 5.2 "Công nghiệp và năng lượng" are numbered group rows: headings),
  //    VI 3, VII 2 = 34. Each B section opens with a repeated sub-header row "Nội dung | Đơn vị
  //    thực hiện …" (not a task). C: I 2, II 2, III 3, IV 1, V 2, VI 3 = 13. Total 94.
  // Every task has a lead and a time: "2026 - 2030" / "2026-2030" (period → 2030-12-31), "2025"
  // (A.IV 4.1 and C.I 1.1 → 2025-12-31), "2026" (A.III 3 → 2026-12-31). The group title of a
  // numbered group row sits in the lead column ("5.1 | | Thương mại"): it is no lead.
  {
    kind: 'plan',
    name: 'dongnai-kh179-2025-kinhteso-xahoiso',
    tasks: 94,
    sections: [
      { match: 'PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ VÀ XÃ HỘI SỐ', tasks: 47 },
      { match: 'PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ NGÀNH, LĨNH VỰC', tasks: 34 },
      { match: 'CÁC GIẢI PHÁP PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ', tasks: 13 },
      { match: 'Phát triển hạ tầng', tasks: 9 },
      { match: 'Phát triển dữ liệu số', tasks: 7 },
      { match: 'Đảm bảo an toàn thông tin và an ninh mạng', tasks: 7 },
      { match: 'Phát triển thanh toán số', tasks: 5 },
      { match: 'xã hội số nông nghiệp và môi', tasks: 8 },
      { match: 'Phát triển kinh tế số thương mại, công nghiệp', tasks: 11 },
      { match: 'Giảm thiểu các tác động tiêu cực của công nghệ số', tasks: 3 },
    ],
    leads: 94,
    leadsMode: 'exact',
    due: 94,
    spots: [
      { tt: '1.1', in: 'Hoàn thiện thể chế', lead: 'Sở Tư pháp', due: '2030-12-31' },
      { tt: '3', in: 'Phát triển nền tảng số', lead: 'Sở Khoa học và Công nghệ', due: '2026-12-31' },
      { tt: '4.1', in: 'Phát triển dữ liệu số', lead: 'Công an tỉnh', due: '2025-12-31' },
      { tt: '5.1.1', in: 'thương mại, công nghiệp', lead: 'Sở Công Thương', due: '2030-12-31' },
      { tt: '1.1', in: 'Tổ chức, bộ máy, mạng lưới', lead: 'Sở Khoa học và Công nghệ', due: '2025-12-31' },
      { tt: '6.3', in: 'Giảm thiểu các tác động tiêu cực', lead: 'Sở Nông nghiệp và Môi trường', due: '2030-12-31' },
    ],
  },

  // Chính phủ 394/NQ-CP. Two task lists, both counted:
  // - III "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU" (prose): 1 "Phát động phong trào…": a) UBND các tỉnh 4
  //   dashes, b) Bộ Nội vụ 1 (own deadline "trước ngày 01 tháng 01 năm 2027"), c) Trung ương
  //   MTTQ 6 dashes, d) Đài Truyền hình… 1 = 12; 2 "Tăng cường hiệu quả công tác quản lý rác
  //   thải": a) BNNMT 2, BCT 3, BXD 2, BGDĐT 1, BTC 2, NHNN 1, BVHTTDL 2, UBND tỉnh 5 = 18;
  //   b) UBND tỉnh 4; c) BNNMT 2, UBND 3; d) BNNMT 3, UBND 3, MTTQ địa phương 2 = 35. III = 47,
  //   every one under an agency heading (lead inherited).
  // - the appendix "DANH MỤC ĐỀ ÁN ƯU TIÊN": 3 schemes, time "2030" each. The row after TT 1 has
  //   no TT, no task, no time, only a second lead (UBND các tỉnh) and partners: it is TT 1's
  //   second lead (merged number and task), not a task.
  // IV "TỔ CHỨC THỰC HIỆN" (ministers' duties, reporting) is not counted (rule above) — a clerk at
  // a province might add IV 1 c) "Trước ngày 31 tháng 12 năm 2025, xây dựng, ban hành chương
  // trình…": that is the one ambiguity here.
  {
    kind: 'plan',
    name: 'chinhphu-nq394-2025-phongtrao-bvmt',
    tasks: 50,
    sections: [
      { match: 'NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', tasks: 47 },
      { match: 'Phát động phong trào toàn dân', tasks: 12 },
      { match: 'Tăng cường hiệu quả công tác quản lý rác thải', tasks: 35 },
      { match: 'DANH MỤC ĐỀ ÁN ƯU TIÊN', tasks: 3 },
    ],
    leads: 50,
    leadsMode: 'exact',
    due: 4,
    spots: [
      { tt: '1', in: 'DANH MỤC ĐỀ ÁN ƯU TIÊN', leadIncludes: ['Trung ương Mặt trận Tổ quốc Việt Nam', 'Ủy ban nhân dân các tỉnh'], due: '2030-12-31' },
      { tt: '3', in: 'DANH MỤC ĐỀ ÁN ƯU TIÊN', lead: 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', due: '2030-12-31' },
      { task: 'hoàn thiện Luật Thi đua khen thưởng', lead: 'Bộ Nội vụ', due: '2027-01-01' },
      { task: 'tháo gỡ các khó khăn, vướng mắc của nhà đầu tư trong việc tiếp cận', lead: 'Ngân hàng Nhà nước Việt Nam', due: null },
      { task: 'sung các hành vi vi phạm hành chính về vứt, xả rác bừa bãi', lead: 'Bộ Nông nghiệp và Môi trường', due: null },
    ],
  },

  // Hồ Chí Minh 2853/QĐ-UBND, plan in prose, no appendix in the file (the "Khung kế hoạch" it
  // mentions is not included). No task has a lead in III, so both lists are counted:
  // - III "NỘI DUNG CỦA KẾ HOẠCH": dash bullets under three numbered groups: 1 (cơ chế, chính
  //   sách, tài liệu) 5, 2 (nâng cao năng lực) 5, 3 (tuyên truyền, giáo dục) 6 = 16, no lead,
  //   no time.
  // - V "TỔ CHỨC THỰC HIỆN": 1 "Giao Sở NN&MT … tổ chức thực hiện các nhiệm vụ sau:" 8 dashes;
  //   2 Sở GD&ĐT 3; 3 Bộ Tư lệnh (one paragraph) 1; 4 Sở KH&CN 2; 5 Sở Y tế 3; 6 Sở Tài chính 1;
  //   7 Ban Quản lý các Khu chế xuất và công nghiệp 1; 8 các sở, ban, ngành… 1; 9 UBND các
  //   phường, xã, đặc khu 5 dashes (its opening sentence leads into them: heading) = 25, each with
  //   its agency as lead.
  // IV "NGUỒN VỐN" 1.–5. are funding sources, not tasks. No task has its own deadline
  // ("hàng năm" = yearly; the plan's "từ nay đến năm 2030" is plan-wide).
  {
    kind: 'plan',
    name: 'hcm-qd2853-2025-ruirothientai',
    tasks: 41,
    sections: [
      { match: 'NỘI DUNG CỦA KẾ HOẠCH', tasks: 16 },
      { match: 'TỔ CHỨC THỰC HIỆN', tasks: 25 },
    ],
    leads: 25,
    leadsMode: 'exact',
    due: 0,
    spots: [
      { task: 'Lồng ghép nội dung phòng chống, giảm nhẹ rủi ro thiên tai với một số môn học', lead: '', due: null },
      { task: 'Điều phối chung, đôn đốc, hướng dẫn việc triển khai Kế hoạch', lead: 'Sở Nông nghiệp và Môi trường', due: null },
      { task: 'Xây dựng Phương án đảm bảo an toàn cho giáo viên', lead: 'Sở Giáo dục và Đào tạo', due: null },
      { task: 'kỹ năng phòng, chống thiên tai cho chủ doanh nghiệp và người lao động', lead: 'Ban Quản lý các Khu chế xuất và công nghiệp Thành phố', due: null },
      { task: 'Tổ chức xây dựng, phê duyệt và triển khai kế hoạch thực hiện Đề án của địa phương mình', lead: 'Ủy ban nhân dân các phường, xã, đặc khu', due: null },
    ],
  },

  // Hà Nội 308/KH-UBND, prose. II "NHIỆM VỤ": points 1.1, 1.2 (under "1. Về dữ liệu"), 2 (Về các
  // nền tảng số), 3 (Về đảm bảo an toàn thông tin), 4.1, 4.2, 4.3 (under "4. Về nguồn lực") —
  // each laid out as a) Nhiệm vụ b) Cơ quan thực hiện (Đơn vị chủ trì / phối hợp) c) Thời gian:
  // one task per point (the dashes under a) share its lead and time) = 7, all with a lead.
  // Times: "Hoàn thành trong năm 2025" (1.1, 2, 4.1, 4.2 → 2025-12-31), "theo lộ trình…" (1.2),
  // "Thực hiện thường xuyên" (3, 4.3). III "TỔ CHỨC THỰC HIỆN" (monitoring, monthly reports)
  // not counted.
  {
    kind: 'plan',
    name: 'hanoi-kh308-2025-dulieu',
    tasks: 7,
    sections: [
      { match: 'NHIỆM VỤ', tasks: 7 },
      { match: 'Về dữ liệu', tasks: 2 },
      { match: 'Về nguồn lực', tasks: 3 },
    ],
    leads: 7,
    leadsMode: 'exact',
    due: 4,
    spots: [
      { tt: '1.1', lead: 'Sở Khoa học và Công nghệ', due: '2025-12-31' },
      { tt: '1.2', lead: 'Các Sở, ban, ngành', due: null },
      { tt: '3', lead: 'Công an Thành phố', due: null },
      { tt: '4.1', lead: 'Các Sở, ban, ngành', due: '2025-12-31' },
      { tt: '4.3', lead: 'Sở Khoa học và Công nghệ', due: null },
    ],
  },

  // Hà Nội 310/KH-UBND. The appendix "NHIỆM VỤ CHỦ YẾU…" (TT | Nội dung/nhiệm vụ | Cơ quan chủ trì
  // | Cơ quan phối hợp | Thời gian thực hiện) is the task list: 6 tasks, no sections. Body III
  // "GIẢI PHÁP" (a) b) c) without leads) and V "TỔ CHỨC THỰC HIỆN" restate it: not counted.
  // Times: "Quý III Năm 2026" (1), "Quý IV/2025- Quý II/2026" (2, period), "Thường xuyên" (3–5),
  // "Hàng năm" (6).
  {
    kind: 'plan',
    name: 'hanoi-kh310-2025-hatang5g',
    tasks: 6,
    sections: [{ match: 'NHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH PHÁT TRIỂN HẠ TẦNG', tasks: 6 }],
    leads: 6,
    leadsMode: 'exact',
    due: 2,
    spots: [
      { tt: '1', lead: 'Ban Quản lý các khu công nghệ cao và khu công nghiệp', due: '2026-09-30' },
      { tt: '2', due: '2026-06-30' },
      { tt: '5', lead: 'Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư', due: null },
      { tt: '6', lead: 'Ban Quản lý các khu công nghệ cao và khu công nghiệp', due: null },
    ],
  },

  // Thủ tướng 2597/QĐ-TTg. The appendix table (STT | Tên nhiệm vụ/dự án | Cơ quan chủ trì | Cơ
  // quan phối hợp | Kết quả dự kiến | Thời gian triển khai) with seven Roman sections: I 5, II 4,
  // III 6, IV 3, V 1, VI 3, VII 3 = 25, each with a lead and a year or year range ("2026",
  // "2026-2027", "2026-2028", "2026-2030"). Body III restates the same tasks (no leads); body V
  // "TỔ CHỨC THỰC HIỆN" not counted.
  {
    kind: 'plan',
    name: 'ttg-qd2597-2025-cds-hatang',
    tasks: 25,
    sections: [
      { match: 'CƠ CHẾ, CHÍNH SÁCH', tasks: 5 },
      { match: 'CHỈ ĐẠO, ĐIỀU HÀNH', tasks: 4 },
      { match: 'HẠ TẦNG KỸ THUẬT PHỤC VỤ CHUYỂN ĐỔI SỐ', tasks: 6 },
      { match: 'CHUYỂN ĐỔI SỐ TRONG CÁC LĨNH VỰC CHUYÊN NGÀNH', tasks: 3 },
      { match: 'BẢO ĐẢM AN TOÀN THÔNG TIN', tasks: 1 },
      { match: 'PHÁT TRIỂN NGUỒN NHÂN LỰC', tasks: 3 },
      { match: 'HỢP TÁC QUỐC TẾ', tasks: 3 },
    ],
    leads: 25,
    leadsMode: 'exact',
    due: 25,
    spots: [
      { tt: '1', in: 'CƠ CHẾ, CHÍNH SÁCH', lead: 'Bộ Xây dựng', due: '2026-12-31' },
      { tt: '5', in: 'CƠ CHẾ, CHÍNH SÁCH', lead: 'Bộ Khoa học và Công nghệ', due: '2027-12-31' },
      { tt: '6', in: 'HẠ TẦNG KỸ THUẬT', lead: 'Bộ Xây dựng', due: '2028-12-31' },
      { tt: '1', in: 'BẢO ĐẢM AN TOÀN THÔNG TIN', lead: 'Bộ Xây dựng, các địa phương', due: '2030-12-31' },
      { tt: '3', in: 'HỢP TÁC QUỐC TẾ', lead: 'Bộ Tài chính', due: '2030-12-31' },
    ],
  },

  // Bộ VHTTDL 6225/BVHTTDL-VP, a letter with a task appendix ("DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP
  // TRỌNG TÂM…": STT | Tên nhiệm vụ | Người đứng đầu chịu trách nhiệm | Cơ quan chủ trì | Cơ quan
  // phối hợp | Kết quả thực hiện | Thời hạn hoàn thành): 10 tasks, no sections. The lead is
  // "Cơ quan chủ trì", NOT "Người đứng đầu chịu trách nhiệm" (a person's title). The letter's own
  // points 1–4 (duties of heads, Tiểu ban, Vụ TCCB, Văn phòng Bộ) and the list of documents
  // already issued are not tasks of the appendix: not counted. Times: "Tháng 12/2025" (1, 2, 3,
  // 5, 6), "Theo lộ trình được giao tại Kế hoạch số 02-KH/BCĐTW" (4: no date), "01/01/2026" (7),
  // "01/03/2026" (8), "Tháng 11/2025" (9), "31/12/2025" (10). The .txt's last row carries the
  // web page's footnote and footer in extra cells after the time.
  {
    kind: 'plan',
    name: 'bvhttdl-cv6225-2025-nhiemvu',
    tasks: 10,
    sections: [{ match: 'TRỌNG TÂM TRIỂN KHAI TRONG NHỮNG THÁNG CUỐI NĂM 2025', tasks: 10 }],
    leads: 10,
    leadsMode: 'exact',
    due: 9,
    spots: [
      { tt: '2', lead: 'Cục Du lịch Quốc gia Việt Nam', due: '2025-12-31' },
      { tt: '4', due: null },
      { tt: '7', lead: 'Các đơn vị được giao xây dựng hồ sơ công bố TTHC', due: '2026-01-01' },
      { tt: '8', lead: 'Trung tâm Chuyển đổi số VHTTDL', due: '2026-03-01' },
      { tt: '9', due: '2025-11-30' },
      { tt: '10', lead: 'Các đơn vị được giao thực hiện TTHC', due: '2025-12-31' },
    ],
  },

  // Đắk Lắk 0129/KH-UBND, emergency relief plan in prose. The tasks are the assignments under the
  // second "IV. PHÂN CÔNG NHIỆM VỤ" (the document numbers two sections IV): 1 Sở Công Thương 3
  // dashes, 2 Sở NN&MT 3, 3 Sở Y tế 4, 4 Sở Xây dựng 2, 5 Sở KH&CN 1 (paragraph), 6 Sở Tài chính
  // 1, 7 Công an tỉnh 3, 8 Bộ Chỉ huy Quân sự tỉnh 2, 9 Báo và PT-TH… 1, 10 UBND các xã, phường 6,
  // 11 UBMTTQ tỉnh… 6, 12 Công ty Điện lực 1, 13 doanh nghiệp viễn thông 1, 14 Doanh nghiệp, cộng
  // đồng, tổ chức, cá nhân 1, 15 "Tất cả lực lượng, phương tiện … phải tuân thủ…" 1 = 36.
  // Judgement: 15 is a rule for everyone, kept as a task (a clerk copies every numbered point)
  // but with no lead: leads = 35. III.4 (phases 0–48 h, 48–72 h, after 72 h) describes the
  // relief, it assigns nothing: not counted. No due date anywhere ("trước 19h00' hằng ngày" is
  // daily).
  {
    kind: 'plan',
    name: 'daklak-kh0129-2025-nhuyeupham',
    tasks: 36,
    sections: [{ match: 'PHÂN CÔNG NHIỆM VỤ', tasks: 36 }],
    leads: 35,
    leadsMode: 'exact',
    due: 0,
    spots: [
      { task: 'Chủ trì điều phối toàn bộ nguồn hàng hỗ trợ', lead: 'Sở Công Thương', due: null },
      { task: 'Đảm bảo đầy đủ cơ số thuốc cấp cứu', lead: 'Sở Y tế', due: null },
      { task: 'Chỉ đạo các doanh nghiệp viễn thông báo đảm hệ thống thông tin liên lạc', lead: 'Sở Khoa học và Công nghệ', due: null },
      { task: 'khắc phục sự cố lưới điện tại khu vực bị ảnh hưởng', lead: 'Công ty Điện lực Đắk Lắk', due: null },
      { task: 'Bảo đảm an ninh, trật tự tại các điểm tập kết, cấp phát', lead: 'Công an tỉnh', due: null },
    ],
  },

  // Đắk Lắk 0130/KH-UBND, post-flood plan in prose (it has no section I). Both lists counted (no
  // task has a lead elsewhere):
  // - IV "NỘI DUNG HOẠT ĐỘNG TRIỂN KHAI": dashes under 1 a) 3 b) 3 c) 3; 2 a) 4 b) 3; 3 a) 3
  //   b) 3 c) 4 d) 3 e) 3; 4 (one paragraph) 1; 5: 4; 6: 4; 7: 4 = 45. Leads written in them:
  //   "Trung tâm Kiểm soát bệnh tật tỉnh chủ trì …" (1 c)) and "Sở Y tế chủ trì kiểm tra…" (7) = 2;
  //   three more dashes have an agency as subject (TTKSBT hỗ trợ…, Mặt trận… hỗ trợ…, Các Trung
  //   tâm y tế giám sát…) — hence "at least".
  // - V "TỔ CHỨC THỰC HIỆN": 1 Sở Y tế 3 dashes, 2 Sở NN&MT 2, 3 Sở Tài chính 1, 4 UBND các xã,
  //   phường 1, 5 Các đoàn thể, tổ chức xã hội 1 = 8, each with its agency as lead.
  // Total 53, leads ≥ 10, no due date (an emergency plan: "trong 24-48 giờ sau khi nước rút").
  {
    kind: 'plan',
    name: 'daklak-kh0130-2025-khacphuc-luto',
    tasks: 53,
    sections: [
      { match: 'NỘI DUNG HOẠT ĐỘNG TRIỂN KHAI', tasks: 45 },
      { match: 'Công tác phòng chống dịch bệnh truyền nhiễm', tasks: 16 },
      { match: 'TỔ CHỨC THỰC HIỆN', tasks: 8 },
    ],
    leads: 10,
    leadsMode: 'atLeast',
    due: 0,
    spots: [
      { task: 'Tổ chức thu gom, vận chuyển và xử lý triệt để rác thải sau lũ', lead: '', due: null },
      { task: 'chủ động điều phối, cấp hóa chất Cloramin B', lead: 'Trung tâm Kiểm soát bệnh tật tỉnh', due: null },
      { task: 'Chỉ đạo thu gom rác, xử lý môi trường, nước sạch', lead: 'Sở Nông nghiệp và Môi trường', due: null },
      { task: 'Tham mưu nguồn kinh phí', lead: 'Sở Tài chính', due: null },
      { task: 'Huy động hội viên tham gia vệ sinh môi trường', lead: 'Các đoàn thể, tổ chức xã hội', due: null },
    ],
  },

  // Bộ Xây dựng 2109/QĐ-BXD: a list of internal administrative procedures (with a one-cell
  // section row "A. …" inside the table) — no tasks, no programme: must be refused.
  { kind: 'not-programme', name: 'bxd-qd2109-2025-tthc-noibo' },
  // Bộ NN&MT 5042/QĐ-BNNMT: a procedures list with A/B/C and I/II sections — must be refused.
  { kind: 'not-programme', name: 'bnnmt-qd5042-2025-tthc-noibo' },
  // Nghệ An 95/2025/QĐ-UBND: a regulation (Điều, khoản) — its clauses are not tasks: refused.
  { kind: 'not-programme', name: 'nghean-qd95-2025-quyche' },
];
