/**
 * Is the text Vietnamese? Two cheap measures: the share of letters that only Vietnamese writes
 * (tone marks, ă â đ ê ô ơ ư), and the share of words that are common Vietnamese function
 * words once folded ("cua", "va", "cac"…), which also catches text typed without diacritics.
 * And a hint for text in a pre-Unicode Vietnamese encoding (TCVN3, VNI) shown as Latin-1.
 */
import { foldSameLength } from './clean';
import type { LanguageGuess } from './types';

const stopWords = new Set(
  (
    'cua va cac nhung duoc trong voi cho la co khong nay da tai nguoi nam ngay chuc thuc hien ' +
    'hoi nghi cong tac quan su quoc phong tinh huyen xa dong chi nhiem vu ket qua tot dia phuong ' +
    'mot theo ve tren den tu khi sau truoc nhu cung dang viec nhan dan lanh dao chi dao ' +
    'tap trung nang cao chat luong xay dung luc luong'
  ).split(' '),
);

/**
 * Letters only Vietnamese uses among Latin scripts (precomposed, lower case): ă đ ơ ư and the
 * hook, dot-below and tone-on-circumflex forms. French à é ê and Spanish á ó are left out, so
 * their texts do not pass for Vietnamese; a Vietnamese text has some 20% of these.
 */
const vietnameseLetter = /[ăằắẳẵặầấẩẫậềếểễệồốổỗộơờớởỡợưừứửữựảạẻẽẹỉĩịỏọủũụỳỷỹỵđ]/;

/** Characters TCVN3 and VNI text shows when read as Latin-1 or Windows-1252. */
const legacyChars = /[¨©®µ¸¹»¼½¾ÆÇÑÒÓÔÕÖ×ØÞßæçñòóôõö÷øþ¡¢£¤¥¦§ª«¬°±²³´¶·ºÅ]/;

/** What each character is, once: 1 letter, 2 Vietnamese-only letter, 4 capital, 8 legacy. */
const kinds = new Map<string, number>();

function kindOf(char: string): number {
  let kind = kinds.get(char);
  if (kind === undefined) {
    kind = 0;
    if (/\p{L}/u.test(char)) kind |= 1;
    if (vietnameseLetter.test(char.toLowerCase())) kind |= 2;
    if (/\p{Lu}/u.test(char)) kind |= 4;
    if (legacyChars.test(char)) kind |= 8;
    kinds.set(char, kind);
  }
  return kind;
}

export function guessLanguage(
  text: string,
  sampleChars = 20_000,
): LanguageGuess & { letters: number; capitals: number; legacyShare: number } {
  const sample = text.slice(0, sampleChars).normalize('NFC');
  let letters = 0;
  let vietnamese = 0;
  let capitals = 0;
  let legacy = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters++;
      if (code >= 65 && code <= 90) capitals++;
      continue;
    }
    const kind = kindOf(sample[i] as string);
    if (kind & 1) letters++;
    if (kind & 2) vietnamese++;
    if (kind & 4) capitals++;
    if (kind & 8) legacy++;
  }
  const words = foldSameLength(sample)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let stops = 0;
  for (const word of words) if (stopWords.has(word)) stops++;
  const diacriticShare = letters ? vietnamese / letters : 0;
  const stopWordShare = words.length ? stops / words.length : 0;
  return {
    diacriticShare,
    stopWordShare,
    vietnamese: letters >= 10 && (diacriticShare >= 0.05 || stopWordShare >= 0.2),
    letters,
    capitals,
    legacyShare: letters ? legacy / letters : 0,
  };
}
