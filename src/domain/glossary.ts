import type { LocalizedText } from './schema/common';

export interface GlossaryEntry {
  abbr: string;
  expansion: LocalizedText;
  /** A sentence of ours on what the term means in this work. */
  meaning?: LocalizedText;
}

export const glossary: readonly GlossaryEntry[] = [
  { abbr: 'SSCĐ', expansion: { vi: 'Sẵn sàng chiến đấu', en: 'Combat readiness' } },
  { abbr: 'LLVT', expansion: { vi: 'Lực lượng vũ trang', en: 'Armed forces' } },
  { abbr: 'KVPT', expansion: { vi: 'Khu vực phòng thủ', en: 'Defence zone' } },
  {
    abbr: 'PCTT-TKCN',
    expansion: {
      vi: 'Phòng, chống thiên tai – tìm kiếm cứu nạn',
      en: 'Natural-disaster prevention and response – search and rescue',
    },
  },
  {
    abbr: 'PCTT',
    expansion: { vi: 'Phòng, chống thiên tai', en: 'Natural-disaster prevention and response' },
  },
  { abbr: 'TKCN', expansion: { vi: 'Tìm kiếm cứu nạn', en: 'Search and rescue' } },
  { abbr: 'DQTV', expansion: { vi: 'Dân quân tự vệ', en: 'Militia and self-defence forces' } },
  { abbr: 'CHQS', expansion: { vi: 'Chỉ huy quân sự', en: 'Military command' } },
  { abbr: 'QPĐP', expansion: { vi: 'Quốc phòng địa phương', en: 'Local defence' } },
  {
    abbr: 'QS-QPĐP',
    expansion: { vi: 'Quân sự, quốc phòng địa phương', en: 'Local military and defence work' },
  },
  { abbr: 'QSQP', expansion: { vi: 'Quân sự, quốc phòng', en: 'Military and defence work' } },
  { abbr: 'QP-AN', expansion: { vi: 'Quốc phòng – an ninh', en: 'Defence and security' } },
  { abbr: 'VMTD', expansion: { vi: 'Vững mạnh toàn diện', en: 'Comprehensively strong (unit)' } },
  { abbr: 'CH-CQ', expansion: { vi: 'Chỉ huy – cơ quan', en: 'Command and staff' } },
  { abbr: 'HĐND', expansion: { vi: 'Hội đồng nhân dân', en: "People's Council" } },
  { abbr: 'UBND', expansion: { vi: 'Ủy ban nhân dân', en: "People's Committee" } },
  { abbr: 'QĐND', expansion: { vi: 'Quân đội nhân dân', en: "People's Army" } },
  { abbr: 'BTV', expansion: { vi: 'Ban Thường vụ', en: 'Standing Committee' } },
  { abbr: 'TW', expansion: { vi: 'Trung ương', en: 'Central (Party / State)' } },
  { abbr: 'QK', expansion: { vi: 'Quân khu', en: 'Military region' } },
  { abbr: 'BTL', expansion: { vi: 'Bộ Tư lệnh', en: 'Command (headquarters)' } },
  { abbr: 'THPT', expansion: { vi: 'Trung học phổ thông', en: 'Upper secondary school' } },
  {
    abbr: 'GDNN-GDTX',
    expansion: {
      vi: 'Giáo dục nghề nghiệp – giáo dục thường xuyên',
      en: 'Vocational and continuing education',
    },
  },
  { abbr: 'QS-QP', expansion: { vi: 'Quân sự – quốc phòng', en: 'Military and defence' } },
  { abbr: 'TP', expansion: { vi: 'Thành phố', en: 'City' } },
];

const byAbbr = new Map(glossary.map((e) => [e.abbr, e]));

export function glossaryEntry(abbr: string): GlossaryEntry | undefined {
  return byAbbr.get(abbr);
}

// Longest first, so "PCTT-TKCN" wins over "PCTT"; bounded by anything that is not a letter.
const pattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...byAbbr.keys()]
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[-]/g, '\\s?[-–]\\s?'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

export type TextPiece = { text: string; entry?: GlossaryEntry };

/** Splits text into plain runs and known abbreviations, so a view can explain each one. */
export function splitAbbreviations(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) pieces.push({ text: text.slice(last, start) });
    const key = match[0].replace(/\s/g, '').replace('–', '-');
    pieces.push({ text: match[0], entry: byAbbr.get(key) });
    last = start + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}
