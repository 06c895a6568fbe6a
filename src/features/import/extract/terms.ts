/**
 * English for the posts and bodies the reports name, from a small dictionary: "Bí thư Thành ủy"
 * is "Secretary of the City Party Committee", "Chỉ huy trưởng Ban CHQS huyện" "Commander of the
 * District Military Command". What the dictionary does not cover stays in Vietnamese inside
 * the English text, marked with its language, for the reviewer to translate.
 */
import { foldDiacritics } from '@/domain/text';
import type { Unit } from '@/domain/schema/unit';

/** Post titles, longest first (folded → English). */
const heads: [string, string][] = [
  ['pho chi huy truong', 'Deputy Commander'],
  ['chi huy truong', 'Commander'],
  ['chi huy pho', 'Deputy Commander'],
  ['pho chinh tri vien', 'Deputy Political Commissar'],
  ['chinh tri vien', 'Political Commissar'],
  ['pho chinh uy', 'Deputy Political Commissar'],
  ['chinh uy', 'Political Commissar'],
  ['pho tham muu truong', 'Deputy Chief of Staff'],
  ['tham muu truong', 'Chief of Staff'],
  ['pho tu lenh', 'Deputy Commander'],
  ['tu lenh', 'Commander'],
  ['pho bi thu', 'Deputy Secretary'],
  ['bi thu', 'Secretary'],
  ['pho chu tich', 'Vice-chairman'],
  ['chu tich', 'Chairman'],
  ['uy vien ban thuong vu', 'Member of the Standing Committee'],
  ['uvbtv', 'Member of the Standing Committee'],
  ['uv btv', 'Member of the Standing Committee'],
  ['uy vien', 'Member'],
  ['pho truong doan', 'Deputy Head'],
  ['truong doan', 'Head'],
  ['pho truong ban', 'Deputy Head'],
  ['truong ban', 'Head'],
  ['pho truong phong', 'Deputy Head'],
  ['truong phong', 'Head'],
  ['pho chu nhiem', 'Deputy Director'],
  ['chu nhiem', 'Director'],
  ['pho giam doc', 'Deputy Director'],
  ['giam doc', 'Director'],
  ['thu truong', 'Deputy Minister'],
  ['bo truong', 'Minister'],
  ['chanh van phong', 'Chief of Office'],
  ['dai bieu quoc hoi', 'National Assembly deputy'],
  ['truong cong an', 'Police Chief'],
  ['pho truong cong an', 'Deputy Police Chief'],
];
heads.sort((a, b) => b[0].length - a[0].length);

/** The folded post titles, for recognising where a title begins. */
export const titleHeads = heads.map(([h]) => h);

/** Bodies, longest first (folded → English, with a slot for the level's adjective). */
const bodies: [RegExp, string][] = [
  [
    /^ban chap hanh (?:tw|trung uong) dang|^(?:bch )?trung uong dang|^(?:bch )?tw dang/,
    'the Party Central Committee',
  ],
  [/^ban thuong vu (.+)|^btv (.+)/, 'the Standing Committee of $sub'],
  [
    /^doan dai bieu quoc hoi(?: (tinh|thanh pho|tp))?/,
    'the $place$level National Assembly delegation',
  ],
  [
    /^dang uy quan su(?: (tinh|thanh pho|tp|quan|huyen|thi xa))?/,
    'the $place$level Military Party Committee',
  ],
  [/^(?:dang uy|dang bo) quan khu/, 'the Military Region Party Committee'],
  [
    /^(?:ubnd|uy ban nhan dan)(?: (tinh|thanh pho|tp|quan|huyen|thi xa|xa|phuong|thi tran))?/,
    "the $place$level People's Committee",
  ],
  [
    /^(?:hdnd|hoi dong nhan dan)(?: (tinh|thanh pho|tp|quan|huyen|thi xa|xa|phuong|thi tran))?/,
    "the $place$level People's Council",
  ],
  [
    /^(?:ban chqs|ban chi huy quan su|bchqs)(?: (quan|huyen|thi xa|thanh pho|tp|xa|phuong|thi tran))?/,
    'the $place$level Military Command',
  ],
  [/^(?:bo chqs|bo chi huy quan su)(?: (tinh|thanh pho|tp))?/, 'the $place$level Military Command'],
  [/^bo tu lenh thu do(?: ha noi)?/, 'the Hà Nội Capital Command'],
  [/^quan khu(?: (\d))?/, 'the Military Region$n'],
  [/^(thanh|tinh|huyen|quan|thi) uy/, 'the $place$party Party Committee'],
  [/^dang uy(?: (xa|phuong|thi tran))?/, 'the $place$level Party Committee'],
];

const levelAdjective: Record<string, string> = {
  tinh: 'Provincial ',
  'thanh pho': 'City ',
  tp: 'City ',
  quan: 'District ',
  huyen: 'District ',
  'thi xa': 'Town ',
  xa: 'Commune ',
  phuong: 'Ward ',
  'thi tran': 'Township ',
  thanh: 'City ',
  thi: 'Town ',
};

/**
 * English for one post ("Phó Chủ tịch UBND tỉnh Bắc Giang"), naming the place when a unit of
 * the table is in it.
 */
export function titleToEnglish(vi: string, units: readonly Unit[] = []): string {
  const folded = foldDiacritics(vi);
  const head = heads.find(([h]) => folded === h || folded.startsWith(`${h} `));
  if (!head) return bodyToEnglish(vi, units) ?? `${vi} [vi]`;
  const rest = vi.split(/\s+/).slice(head[0].split(' ').length).join(' ');
  if (!rest) return head[1];
  const body = bodyToEnglish(rest, units);
  return body ? `${head[1]} of ${body}` : `${head[1]}, ${rest} [vi]`;
}

/** English for a body ("UBND quận Dương Kinh" → "the Dương Kinh District People's Committee"). */
export function bodyToEnglish(vi: string, units: readonly Unit[] = []): string | undefined {
  const folded = foldDiacritics(vi);
  const words = vi.split(/\s+/).filter(Boolean);
  for (const [re, template] of bodies) {
    const m = re.exec(folded);
    if (!m) continue;
    if (template.includes('$sub')) {
      const sub = bodyToEnglish(words.slice(folded.startsWith('btv') ? 1 : 3).join(' '), units);
      return sub ? template.replace('$sub', sub) : undefined;
    }
    const levelWord = m[1] ?? '';
    const tail = words.slice(m[0].split(' ').length).join(' ');
    const place = placeName(tail, units);
    const english = template
      .replace('$place', place ? `${place} ` : '')
      .replace(/\$level|\$party/, levelAdjective[levelWord] ?? '')
      .replace('$n', /^\d$/.test(levelWord) ? ` ${levelWord}` : '')
      .replace(/ {2,}/g, ' ');
    return tail && !place ? `${english} (${tail})` : english;
  }
  return undefined;
}

const namesByTable = new WeakMap<readonly Unit[], Map<string, string>>();

/** The unit named by the words (bare name, "Hải Phòng"), if the table has it. */
function placeName(words: string, units: readonly Unit[]): string | undefined {
  const key = foldDiacritics(words);
  if (!key) return undefined;
  let names = namesByTable.get(units);
  if (!names) {
    names = new Map();
    for (const unit of units) {
      for (const n of [unit.name.vi, ...unit.aliases]) {
        const folded = foldDiacritics(n.replace(/\([^)]*\)/g, ''))
          .replace(/^(?:thanh pho|tinh|quan|huyen|thi xa|xa|phuong|thi tran|tp) /, '')
          .trim();
        if (!names.has(folded)) names.set(folded, bareName(unit));
      }
    }
    namesByTable.set(units, names);
  }
  return names.get(key);
}

/** A unit's name without its type word: "Hải Phòng", "Dương Kinh". */
export function bareName(unit: Unit): string {
  return unit.name.vi
    .replace(/\([^)]*\)/g, '')
    .replace(/^(?:Thành phố|Tỉnh|Quận|Huyện|Thị xã|Xã|Phường|Thị trấn) /u, '')
    .trim();
}
