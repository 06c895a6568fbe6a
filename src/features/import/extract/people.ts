/**
 * People: a name after a rank ("Thượng tá Nguyễn Đình Tuấn") or a form of address ("đồng chí",
 * "đ/c", "ông", "bà"), then the posts after it ("- Chính trị viên Ban CHQS huyện", ", Bí thư
 * Tỉnh ủy, Chủ tịch HĐND tỉnh") up to the verb, and their part in the conference from that verb
 * ("chủ trì" chaired, "dự" attended, "chỉ đạo" directed, "kết luận" concluded, "phát biểu" spoke,
 * "trao … Giấy khen" presented awards, "phát động" launched a campaign) or from the words that
 * open the sentence ("Dự hội nghị có …", "Phát biểu kết luận hội nghị, …"). One person named in
 * several paragraphs is one entry with all their posts and parts.
 */
import { foldDiacritics } from '@/domain/text';
import { militaryRanks, type MilitaryRank, personRoles } from '@/domain/schema/report';
import type { LocalizedText } from '@/domain/schema/common';
import type { Unit } from '@/domain/schema/unit';
import { spanOf, type Paragraph } from './clean';
import { clauseAround, matchAll, sentenceAround } from './context';
import { titleHeads, titleToEnglish } from './terms';
import type { DraftPerson } from './types';

export type PersonRole = (typeof personRoles)[number];

const RANK = String.raw`dai tuong|thuong tuong|trung tuong|thieu tuong|dai ta|thuong ta|trung ta|thieu ta|dai uy|thuong uy|trung uy|thieu uy`;
const ADDRESS = String.raw`dong chi|d\/c|ong|ba`;
const anchorRe = new RegExp(
  String.raw`(?<![\p{L}/])(?:(${ADDRESS}) +(?:(${RANK}) +)?|(${RANK}) +)(?=\p{L})`,
  'gu',
);

/** First syllables that are words of posts and bodies, never a family name. */
const notFamilyNames = new Set(
  (
    'phó chủ bí ủy uỷ hội ban đảng thượng đại trung thiếu tổng cục bộ sở phòng trưởng chính tư ' +
    'giám tham quân tỉnh thành huyện xã chỉ chi lãnh các những đồng ông bà thủ nhà trường viện ' +
    'cán cơ đơn đoàn tại trong và với cho của là được hoàn công quận phường thị ubnd hđnd ' +
    'llvt bchqs chqs mặt lực tổ việt nam'
  ).split(' '),
);

const titleStart = new RegExp(String.raw`^(?:${titleHeads.join('|')})(?![\p{L}])`, 'u');

const verbRe =
  /(?<![\p{L}])(?:du va chi dao|tham du|du|chu tri|phat bieu|ket luan|chi dao|trao|tang|phat dong|da|yeu cau|danh gia|ghi nhan|de nghi|nhan manh|bao cao|trinh bay|cung|cho biet|khang dinh|bieu duong|chuc mung|quan triet|thay mat|len|tai)(?![\p{L}])/gu;

interface Found {
  name: string;
  rank?: MilitaryRank;
  titles: string[];
  roles: Set<PersonRole>;
  paragraph: Paragraph;
  start: number;
  end: number;
}

/** The capitalised syllables at `from` in the cleaned text: a name of 2 to 4 of them. */
function readName(p: Paragraph, from: number): { name: string; end: number } | undefined {
  const re = /\p{Lu}\p{Ll}*(?= |$|[^\p{L}])/uy;
  const words: string[] = [];
  let i = from;
  let end = from;
  while (words.length < 4) {
    re.lastIndex = i;
    const m = re.exec(p.text);
    if (!m) break;
    // A post starting right after a name ("Lê Lương Phó Bí thư") ends the name.
    if (words.length >= 2 && titleStart.test(p.folded.slice(i, i + 30))) break;
    words.push(m[0]);
    end = i + m[0].length;
    if (p.text[end] !== ' ') break;
    i = end + 1;
  }
  if (words.length < 2) return undefined;
  if (notFamilyNames.has((words[0] as string).toLowerCase())) return undefined;
  return { name: words.join(' '), end };
}

/** The posts written after a name, up to the verb that ends them. */
function readTitles(p: Paragraph, from: number): { titles: string[]; end: number } {
  const clause = clauseAround(p, from);
  const lead = /^ *(?:[-–,:(]|\u2013) */.exec(p.folded.slice(from, from + 4));
  if (!lead) return { titles: [], end: from };
  const start = from + lead[0].length;
  if (!titleStart.test(p.folded.slice(start, start + 30))) return { titles: [], end: from };
  let stop = clause.end;
  verbRe.lastIndex = 0;
  const tail = p.folded.slice(start, clause.end);
  let v: RegExpExecArray | null;
  while ((v = verbRe.exec(tail)) !== null) {
    const at = start + v.index;
    const c = p.text[at] ?? '';
    if (c === c.toLowerCase()) {
      stop = at;
      break;
    }
  }
  // The next person in a list ends this one's posts.
  const next = /(?:^|[^\p{L}])(?:dong chi|d\/c) /u.exec(p.folded.slice(start, stop));
  if (next) stop = start + next.index;
  const raw = p.text
    .slice(start, stop)
    .replace(/[ ,;]*(?:(?:cùng|và|với)? ?các|và|cùng)?[ ,;]*$/u, '');
  const parts = raw.split(/ *[–—] *| +- *|(?<=\p{Ll})- +| *, */u);
  const titles: string[] = [];
  for (const part of parts) {
    const t = part.replace(/[.;:)(]+$/g, '').trim();
    if (!t) continue;
    if (titles.length && !titleStart.test(foldDiacritics(t))) titles[titles.length - 1] += `, ${t}`;
    else titles.push(t);
  }
  return { titles: titles.filter((t) => titleStart.test(foldDiacritics(t))), end: stop };
}

const awardObject =
  /giay khen|bang khen|danh hieu|khen thuong|co thi dua|huan chuong|huy chuong|ky niem chuong|phan thuong/;

/** Parts named by the verb after a person's posts, in their clause. */
function rolesAfter(text: string): PersonRole[] {
  const roles: PersonRole[] = [];
  if (/chu tri/.test(text)) roles.push('chair');
  if (/ket luan/.test(text)) roles.push('concluder');
  if (/chi dao/.test(text)) roles.push('director');
  if (/phat bieu(?! *(?:ket luan|chi dao))/.test(text) && !roles.length) roles.push('speaker');
  if (/(?:^|[^\p{L}])(?:trao|tang)(?:[^\p{L}]|$)/u.test(text) && awardObject.test(text))
    roles.push('award-presenter');
  if (/phat dong/.test(text)) roles.push('campaign-launcher');
  if (/(?:^|[^\p{L}])(?:tham du|du)(?:[^\p{L}]|$)/u.test(text)) roles.push('attendee');
  return roles;
}

/** Parts named by the words opening the person's sentence. */
function rolesBefore(text: string): PersonRole[] {
  const t = text.replace(/^(?:tai|trong) hoi nghi, */, '');
  const roles: PersonRole[] = [];
  if (/^(?:phat bieu ket luan|ket luan)/.test(t)) roles.push('concluder');
  else if (/^phat bieu chi dao|^chi dao hoi nghi/.test(t)) roles.push('director');
  else if (/^(?:phat bieu|tham luan)/.test(t)) roles.push('speaker');
  if (/chu tri hoi nghi(?: la| co)/.test(t)) roles.push('chair');
  if (/(?:du|tham du) hoi nghi(?:,)? (?:con )?co|co su tham du|(?:^|[^\p{L}])du co/u.test(t))
    roles.push('attendee');
  return roles;
}

function rankOf(folded: string | undefined): MilitaryRank | undefined {
  if (!folded) return undefined;
  const id = folded.replace(/ +/g, '-');
  return (militaryRanks as readonly string[]).includes(id) ? (id as MilitaryRank) : undefined;
}

/** Every person a paragraph names with a rank or a form of address. */
export function findPeopleIn(p: Paragraph): Found[] {
  const out: Found[] = [];
  let reached = 0;
  for (const m of matchAll(p, anchorRe)) {
    const [whole, address, rankAfterAddress, rankAlone] = m;
    const rankWords = rankAfterAddress ?? rankAlone;
    // "ông", "bà" (not "Bà Rịa", "ba" or "bá") only as written, in lower case or opening a sentence.
    if (address === 'ong' || address === 'ba') {
      const written = p.text.slice(m.index, m.index + address.length);
      const opens = m.index === sentenceAround(p, m.index).start;
      if (!['ông', 'bà'].includes(opens ? written.toLowerCase() : written)) continue;
    }
    const nameAt = m.index + whole.length;
    if (nameAt < reached) continue;
    const name = readName(p, nameAt);
    if (!name) continue;
    // "ông", "bà" alone stand before many words; only a name in capitals counts (readName).
    const { titles, end } = readTitles(p, name.end);
    const sentence = sentenceAround(p, m.index);
    const clause = clauseAround(p, end);
    const afterText = p.folded.slice(end, Math.min(clause.end, end + 80));
    const beforeText = p.folded.slice(sentence.start, m.index);
    const roles = new Set<PersonRole>([...rolesAfter(afterText), ...rolesBefore(beforeText)]);
    reached = Math.max(end, name.end);
    out.push({
      name: name.name,
      rank: rankOf(rankWords),
      titles,
      roles,
      paragraph: p,
      start: m.index,
      end: Math.max(end, name.end),
    });
  }
  for (const f of findTitledNames(p)) {
    if (!out.some((o) => f.start < o.end && o.start < f.end)) out.push(f);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Common family names, for a name written after a post with no form of address. */
const familyNames = new Set(
  (
    'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đinh trịnh mai ' +
    'trương lương lưu hà tạ cao chu đoàn vương thái tô lâm kiều quách mạc cấn nông hầu triệu ' +
    'tống la khổng âu thân giáp lại lã lò đàm đồng tăng tôn nghiêm diệp phùng từ bạch quan ' +
    'châu doãn khúc lục mẫn nghị ninh tiêu trịnh vi viên yên hứa'
  ).split(' '),
);

const postRe = new RegExp(String.raw`(?<![\p{L}])(?:${titleHeads.join('|')})(?![\p{L}])`, 'gu');

/**
 * "Phó Chủ tịch UBND tỉnh Nguyễn Văn A phát biểu": a post written in capitals, its body, then
 * a name of three syllables or more that opens with a common family name (two, as in "quận
 * Dương Kinh" or "Hà Nội", are more often a place). At most a dozen words between the post and
 * the name, none of them after a comma or a dash.
 */
function findTitledNames(p: Paragraph): Found[] {
  const out: Found[] = [];
  for (const m of matchAll(p, postRe)) {
    if (!/^\p{Lu}/u.test(p.text[m.index] ?? '')) continue;
    // "Bộ Tư lệnh", "Ban Chỉ huy": the words of a body, not a post.
    if (
      /(?:^|[^\p{L}])(?:bo|ban|so|cuc|phong|vien) $/u.test(
        p.folded.slice(Math.max(0, m.index - 6), m.index),
      )
    )
      continue;
    const clause = clauseAround(p, m.index);
    const stretch = p.text.slice(m.index, Math.min(clause.end, m.index + 120));
    const words = [...stretch.matchAll(/\p{L}+/gu)].slice(0, 14);
    for (let k = 1; k < words.length; k++) {
      const w = words[k] as RegExpExecArray;
      const at = m.index + w.index;
      if (/[,;:()–-]/.test(p.text.slice(m.index + (words[k - 1] as RegExpExecArray).index, at)))
        break;
      if (!familyNames.has(w[0].toLowerCase()) || !/^\p{Lu}/u.test(w[0])) continue;
      // Three syllables at least ("Hà Nội", "quận Dương Kinh" are places).
      const name = readName(p, at);
      if (!name || name.name.split(' ').length < 3) continue;
      const title = p.text.slice(m.index, at).trim();
      const sentence = sentenceAround(p, m.index);
      const after = p.folded.slice(name.end, Math.min(clause.end, name.end + 80));
      const roles = new Set<PersonRole>([
        ...rolesAfter(after),
        ...rolesBefore(p.folded.slice(sentence.start, m.index)),
      ]);
      out.push({
        name: name.name,
        titles: [title],
        roles,
        paragraph: p,
        start: m.index,
        end: name.end,
      });
      break;
    }
  }
  return out;
}

/** Adds a post unless the list has it, or a longer form of it ("Chủ tịch UBND quận"). */
function addTitle(list: string[], title: string) {
  const folded = foldDiacritics(title);
  const i = list.findIndex((x) => {
    const fx = foldDiacritics(x);
    return fx === folded || fx.startsWith(`${folded} `) || folded.startsWith(`${fx} `);
  });
  if (i < 0) list.push(title);
  else if (title.length > (list[i] as string).length) list[i] = title;
}

/** One entry per person over the whole text, posts and parts merged, first mention's place. */
export function collectPeople(
  paragraphs: readonly Paragraph[],
  units: readonly Unit[],
  sourceId: string,
  maxPeople = 100,
): DraftPerson[] {
  const byName = new Map<string, Found & { titleList: string[] }>();
  for (const p of paragraphs) {
    for (const f of findPeopleIn(p)) {
      const key = foldDiacritics(f.name);
      const existing = byName.get(key);
      if (!existing) {
        if (byName.size >= maxPeople) continue;
        const titleList: string[] = [];
        for (const t of f.titles) addTitle(titleList, t);
        byName.set(key, { ...f, titleList });
        continue;
      }
      existing.rank ??= f.rank;
      for (const r of f.roles) existing.roles.add(r);
      for (const t of f.titles) addTitle(existing.titleList, t);
    }
  }
  return [...byName.values()].map((f) => {
    const titles: LocalizedText[] = f.titleList.map((vi) => ({
      vi,
      en: titleToEnglish(vi, units),
    }));
    const roles = personRoles.filter((r) => f.roles.has(r));
    return {
      name: f.name,
      ...(f.rank ? { rank: f.rank } : {}),
      titles: titles.length ? titles : [{ vi: '(chưa rõ chức vụ)', en: '(post not stated)' }],
      roles: roles.length ? roles : ['attendee'],
      provenance: {
        sourceId,
        paragraph: f.paragraph.number,
        status: 'stated',
        span: spanOf(f.paragraph, f.start, f.end),
      },
    };
  });
}
