import { cleanText, type CleanedText, type Paragraph } from './clean';
import { guessLanguage } from './language';
import type { DraftWarning } from './types';

export interface ReadText {
  cleaned: CleanedText;
  paragraphs: Paragraph[];
  /** Lines of the paste, as the reader counts them. */
  lines: number;
  language: ReturnType<typeof guessLanguage>;
  /** Written without capitals: names are then matched without them. */
  caseless: boolean;
}

/**
 * The paste cleaned into paragraphs, with warnings for what may read badly: a cut, markup
 * left out, an old encoding, another language, no diacritics.
 */
export function readText(raw: string, maxChars: number, warnings: DraftWarning[]): ReadText {
  const cleaned = cleanText(raw, maxChars);
  const { paragraphs } = cleaned;
  const lines = cleaned.truncated ? raw.split(/\r\n|\n|\r/).length : paragraphs.length;
  if (cleaned.truncated) {
    warnings.push({
      code: 'truncated',
      detail: `Only the first ${cleaned.processedChars} of ${raw.length} characters were read.`,
      params: { processed: cleaned.processedChars, total: raw.length },
    });
  }
  if (cleaned.markupChars > 0) {
    warnings.push({
      code: 'markup-removed',
      detail: `${cleaned.markupChars} characters of markup (tags, images, scripts) were left out.`,
      params: { chars: cleaned.markupChars },
    });
  }
  const plain = paragraphs.map((p) => p.text).join('\n');
  const language = guessLanguage(plain);
  if (!plain.trim()) {
    warnings.push({ code: 'empty', detail: 'Once markup is removed, the text is empty.' });
  } else if (language.legacyShare > 0.05 && !language.vietnamese) {
    warnings.push({
      code: 'legacy-encoding',
      detail:
        'The text looks like Vietnamese in an old encoding (TCVN3 or VNI); convert it to Unicode first.',
    });
  } else if (!language.vietnamese) {
    warnings.push({
      code: 'not-vietnamese',
      detail: `The text does not look Vietnamese (${Math.round(language.diacriticShare * 100)}% of letters with Vietnamese marks, ${Math.round(language.stopWordShare * 100)}% common Vietnamese words).`,
      params: {
        diacritics: Math.round(language.diacriticShare * 100),
        words: Math.round(language.stopWordShare * 100),
      },
    });
  } else if (language.diacriticShare < 0.02) {
    warnings.push({
      code: 'no-diacritics',
      detail: 'The text is written without Vietnamese diacritics; names are matched without them.',
    });
  }

  const caseless = language.letters > 0 && language.capitals / language.letters < 0.005;
  return { cleaned, paragraphs, lines, language, caseless };
}
