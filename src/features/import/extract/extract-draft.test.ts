/**
 * The whole extraction on reports we wrote ourselves (not the seed articles), and on bad input.
 */
import { describe, expect, it } from 'vitest';
import { extractDraft } from './extract-draft';
import { testUnits } from './test-units';
import { checkDraftFact, type Draft, type DraftFact } from './types';

const report = [
  'Nam Định, ngày 12 tháng 7 năm 2023',
  '',
  'Sáng 10/7, tại hội trường Bộ CHQS tỉnh, Đảng ủy Quân sự tỉnh Nam Định tổ chức hội nghị sơ kết công tác quân sự, quốc phòng 6 tháng đầu năm, triển khai phương hướng nhiệm vụ 6 tháng cuối năm 2023. Đại tá Phạm Quốc Hùng, Chỉ huy trưởng Bộ CHQS tỉnh chủ trì hội nghị.',
  'Trong 6 tháng đầu năm, toàn tỉnh giao 2.130 tân binh, hoàn thành 100% chỉ tiêu giao quân; bồi dưỡng kiến thức quốc phòng và an ninh cho 38 đồng chí đối tượng 3 và 4.215 học sinh, sinh viên trường Đại học Điều dưỡng, trường THPT Hải Hậu A.',
  '<image>data:image/jpeg;base64,/9j/4AAQ</image>',
  'Huyện Hải Hậu tổ chức thành công diễn tập khu vực phòng thủ; chỉ đạo các xã Hải Minh, Hải Đông diễn tập chiến đấu phòng thủ đạt kết quả tốt.',
  'Các cơ quan, đơn vị vận động hơn 1,5 tỷ đồng xây dựng, sửa chữa 12 nhà đồng đội.',
  'Dịp này, UBND tỉnh tặng Bằng khen cho 6 tập thể và 9 cá nhân; Bộ CHQS tỉnh tặng Giấy khen cho 14 tập thể, 21 cá nhân.',
  '6 tháng cuối năm, Bộ CHQS tỉnh chuẩn bị diễn tập phòng chống thiên tai, tìm kiếm cứu nạn; huyện Ý Yên sẽ diễn tập KVPT.',
].join('\n');

const brief = (f: DraftFact) => {
  const base = `${f.provenance.paragraph} ${f.category}`;
  switch (f.category) {
    case 'recruitment':
      return `${base} ${f.measure} ${f.value}`;
    case 'education':
      return `${base} ${f.measure} ${f.targetGroup} ${f.value}`;
    case 'exercises':
      return `${base} ${f.exerciseType} ${f.unitId} ${f.level} ${f.status}`;
    case 'awards':
      return `${base} ${f.recipientKind} ${f.value} ${f.issuerUnitId} ${f.title.vi}`;
    case 'social-policy':
      return `${base} ${f.measure} ${f.value} ${f.qualifier}`;
    default:
      return `${base} ${f.value}`;
  }
};

describe('extractDraft on a report of our own', () => {
  const draft = extractDraft(report, testUnits, { sourceId: 'own-1', reportId: 'own-report' });

  it('reads the date, inferring the year from the dated header, and the time of day', () => {
    expect(draft.report.date).toBe('2023-07-10');
    expect(draft.report.timeOfDay).toBe('morning');
    expect(draft.report.dateProvenance).toMatchObject({
      sourceId: 'own-1',
      paragraph: 3,
      status: 'inferred',
      span: { start: 0, end: 9, text: 'Sáng 10/7' },
    });
    expect(draft.report.dateProvenance?.reason?.vi).toContain('12/07/2023');
    expect(draft.report.dateProvenance?.reason?.en).toContain('12/07/2023');
  });

  it('reads the organiser, unit, venue, kinds and periods', () => {
    expect(draft.report.unitId).toBe('nam-dinh');
    expect(draft.report.body).toBe('military-party-committee');
    expect(draft.report.unitProvenance?.span.text).toBe('Đảng ủy Quân sự tỉnh Nam Định');
    expect(draft.report.venue).toEqual({
      vi: 'Hội trường Bộ CHQS tỉnh',
      en: 'Hall of the Provincial Military Command',
    });
    expect(draft.report.kinds).toEqual(['six-month-review']);
    expect(draft.report.periodReviewed).toEqual({
      kind: 'half-year',
      start: '2023-01-01',
      end: '2023-06-30',
    });
    expect(draft.report.periodPlanned?.start).toBe('2023-07-01');
    expect(draft.report.title?.vi).toContain('Tỉnh Nam Định'.replace('T', 't'));
  });

  it('reads the people', () => {
    expect(draft.report.people.map((p) => [p.name, p.rank, p.roles])).toEqual([
      ['Phạm Quốc Hùng', 'dai-ta', ['chair']],
    ]);
  });

  it('reads every figure, each in its paragraph', () => {
    expect(draft.facts.map(brief)).toEqual([
      '4 recruitment enlisted 2130',
      '4 recruitment quota-completion-pct 100',
      '4 education trainees group-3 38',
      '4 education trainees students 4215',
      '6 exercises defence-zone hai-hau district done',
      '6 exercises defence-combat hai-minh commune done',
      '6 exercises defence-combat hai-dong commune done',
      '7 social-policy money-vnd 1500000000 over',
      '7 social-policy houses-built-or-repaired 12 exact',
      '8 awards collective 6 nam-dinh Bằng khen',
      '8 awards individual 9 nam-dinh Bằng khen',
      '8 awards collective 14 nam-dinh Giấy khen',
      '8 awards individual 21 nam-dinh Giấy khen',
      '9 exercises disaster-response nam-dinh null preparing',
      '9 exercises defence-zone y-yen district planned',
    ]);
  });

  it('gives each figure a span of the pasted line and a period', () => {
    const lines = report.split('\n');
    for (const f of draft.facts) {
      const line = lines[f.provenance.paragraph - 1] ?? '';
      expect(line.slice(f.provenance.span.start, f.provenance.span.end)).toBe(
        f.provenance.span.text,
      );
      expect(f.reportId).toBe('own-report');
      expect(checkDraftFact(f).success).toBe(true);
    }
    const students = draft.facts.find(
      (f) => f.category === 'education' && f.targetGroup === 'students',
    );
    expect(students?.provenance.span.text).toBe('4.215 học sinh, sinh viên');
    expect(students?.category === 'education' && students.institutions).toEqual([
      'Trường Đại học Điều dưỡng',
      'Trường THPT Hải Hậu A',
    ]);
    const planned = draft.facts.find((f) => f.category === 'exercises' && f.unitId === 'y-yen');
    expect(planned?.period?.start).toBe('2023-07-01');
  });

  it('lists the places it recognised and says the picture was left out', () => {
    expect(new Set(draft.places.map((p) => p.unitId))).toEqual(
      new Set(['nam-dinh', 'hai-hau', 'hai-minh', 'hai-dong', 'y-yen']),
    );
    expect(draft.warnings.map((w) => w.code)).toEqual(['markup-removed']);
    expect(draft.input.lines).toBe(9);
  });
});

describe('extractDraft on a report without a header, a year or a named unit', () => {
  const text = [
    'Chiều 22-12, UBND huyện tổ chức hội nghị tổng kết công tác quốc phòng và ra nghị quyết lãnh đạo nhiệm vụ năm 2024.',
    'Năm 2023, các xã Hải Minh, Hải Đông đã hoàn thành 100% chỉ tiêu tuyển quân; huyện tổ chức 02 lớp cho 75 đồng chí đối tượng 4.',
    'Đồng chí Vũ Văn Tâm, Chủ tịch UBND huyện phát biểu kết luận hội nghị.',
  ].join('\n');
  const draft = extractDraft(text, testUnits);

  it('infers the year from the periods and the unit from the communes', () => {
    expect(draft.report.date).toBe('2023-12-22');
    expect(draft.report.dateProvenance?.status).toBe('inferred');
    expect(draft.report.dateProvenance?.reason?.en).toMatch(/reviews 2023.*2024/);
    expect(draft.report.unitId).toBe('hai-hau');
    expect(draft.report.unitProvenance?.status).toBe('inferred');
    expect(draft.report.kinds).toEqual(['annual-review', 'resolution']);
    expect(draft.facts.map(brief)).toEqual([
      '2 recruitment quota-completion-pct 100',
      '2 education classes group-4 2',
      '2 education trainees group-4 75',
    ]);
    expect(draft.report.people.map((p) => [p.name, p.roles])).toEqual([
      ['Vũ Văn Tâm', ['concluder']],
    ]);
  });
});

describe('extractDraft on bad input', () => {
  const codes = (d: Draft) => d.warnings.map((w) => w.code);

  it('says an empty or blank text is empty', () => {
    expect(codes(extractDraft('', testUnits))).toEqual(['empty']);
    expect(codes(extractDraft(' \n\t \r\n ', testUnits))).toEqual(['empty']);
    expect(extractDraft('', testUnits).facts).toEqual([]);
  });

  it('says a text is not Vietnamese', () => {
    const d = extractDraft(
      'On 3 April the city party committee held its quarterly meeting and set the tasks for the next quarter.',
      testUnits,
    );
    expect(codes(d)).toContain('not-vietnamese');
    expect(d.input.language.vietnamese).toBe(false);
  });

  it('reads Vietnamese typed without marks, and says so', () => {
    const d = extractDraft(
      'Ngay 5/6/2023, UBND huyen Hai Hau to chuc hoi nghi so ket cong tac quan su 6 thang dau nam 2023.',
      testUnits,
    );
    expect(codes(d)).toContain('no-diacritics');
    expect(d.report.date).toBe('2023-06-05');
    expect(d.report.unitId).toBe('hai-hau');
    expect(d.report.kinds).toEqual(['six-month-review']);
  });

  it('treats HTML and script as text, strips them and runs nothing', () => {
    let ran = false;
    (globalThis as { __ran?: () => void }).__ran = () => {
      ran = true;
    };
    const d = extractDraft(
      '<div onclick="__ran()">Ngày 3/3/2024, <b>UBND huyện Hải Hậu</b> tổ chức hội nghị.</div><script>__ran()</script><img src=x onerror="__ran()">',
      testUnits,
    );
    expect(ran).toBe(false);
    expect(d.report.unitId).toBe('hai-hau');
    expect(d.report.date).toBe('2024-03-03');
    expect(codes(d)).toContain('markup-removed');
    expect(JSON.stringify(d.report)).not.toContain('script');
  });

  it('finishes a 5 MB paste, reading only the first part and saying so', () => {
    const line =
      'Ngày 3/3/2024, UBND huyện Hải Hậu tổ chức hội nghị, giao 120 tân binh đạt 100% chỉ tiêu giao quân.\n';
    const huge = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
    const started = performance.now();
    const d = extractDraft(huge, testUnits);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(codes(d)).toContain('truncated');
    expect(codes(d)).toContain('too-many-figures');
    expect(d.input.characters).toBe(huge.length);
    expect(d.input.processedCharacters).toBeLessThanOrEqual(200_000);
    expect(d.facts.length).toBe(500);
  });

  it('says what it could not find', () => {
    const d = extractDraft(
      'Các xã tiếp tục huấn luyện dân quân theo kế hoạch của huyện.',
      testUnits,
    );
    expect(codes(d)).toEqual(expect.arrayContaining(['no-date', 'no-unit', 'no-kind']));
  });

  it('says when the organiser names a place the table lacks', () => {
    const d = extractDraft('Ngày 3/3/2024, UBND huyện Giao Thủy tổ chức hội nghị.', testUnits);
    expect(d.report.unitId).toBeUndefined();
    expect(d.warnings.find((w) => w.code === 'unit-not-in-table')?.params?.name).toBe('Giao Thủy');
  });

  it('says when a date has no year to be found', () => {
    const d = extractDraft('Ngày 3/3, UBND huyện Hải Hậu tổ chức hội nghị.', testUnits);
    expect(codes(d)).toContain('date-year-unknown');
    const withToday = extractDraft('Ngày 3/3, UBND huyện Hải Hậu tổ chức hội nghị.', testUnits, {
      today: '2025-05-01',
    });
    expect(withToday.report.date).toBe('2025-03-03');
  });

  it('never throws, whatever it is given', () => {
    const inputs: unknown[] = [null, undefined, 42, {}, ['a'], '\u0000\uffff\ud800', '<<<>>>'];
    for (const input of inputs) {
      expect(() => extractDraft(input as string, testUnits)).not.toThrow();
      expect(() => extractDraft('Ngày 3/3/2024', input as never)).not.toThrow();
    }
  });
});
