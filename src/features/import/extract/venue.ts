import type { Unit } from '@/domain/schema/unit';
import type { Paragraph } from './clean';
import { bodyToEnglish } from './terms';

/** Where the conference sat: "tại hội trường Bộ CHQS tỉnh" read from its sentence, in both languages. */
const venueRe =
  /(?<![\p{L}])tai +((?:hoi truong|tru so|phong hop|nha van hoa|trung tam hoi nghi|so chi huy|ban chqs|bo chqs|ubnd)[^,;.]{0,60})/u;

export function venueOf(p: Paragraph, start: number, end: number, units: readonly Unit[]) {
  const sentence = p.folded.slice(start, end);
  const m = venueRe.exec(sentence);
  if (!m) return undefined;
  const from = start + m.index + m[0].length - (m[1] ?? '').length;
  const vi = p.text.slice(from, from + (m[1] ?? '').length).trim();
  const head = /^(hội trường|trụ sở|phòng họp|nhà văn hóa|trung tâm hội nghị)\s+/iu.exec(vi);
  const headEn: Record<string, string> = {
    'hội trường': 'Hall of',
    'trụ sở': 'Headquarters of',
    'phòng họp': 'Meeting room of',
    'nhà văn hóa': 'Cultural house of',
    'trung tâm hội nghị': 'Conference centre of',
  };
  const rest = head ? vi.slice(head[0].length) : vi;
  const body = bodyToEnglish(rest, units);
  const en = head
    ? `${headEn[(head[1] ?? '').toLowerCase()] ?? 'Hall of'} ${body ?? `${rest} [vi]`}`
    : (body ?? `${vi} [vi]`);
  return { vi: vi[0]?.toUpperCase() + vi.slice(1), en };
}
