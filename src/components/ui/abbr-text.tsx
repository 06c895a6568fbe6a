import { memo } from 'react';
import { splitAbbreviations, type TextPiece } from '@/domain/glossary';
import { useT } from '@/lib/i18n/use-t';

/** Texts seen so far, split once: the same unit names and labels come back on every change. */
const piecesOf = new Map<string, TextPiece[]>();
const REMEMBERED_TEXTS = 5_000;

function pieces(text: string): TextPiece[] {
  let split = piecesOf.get(text);
  if (!split) {
    if (piecesOf.size >= REMEMBERED_TEXTS) piecesOf.clear();
    split = splitAbbreviations(text);
    piecesOf.set(text, split);
  }
  return split;
}

/**
 * Renders text with every known abbreviation expanded on hover and on keyboard focus,
 * in the current language (and in Vietnamese alongside, when the UI is in English).
 */
export const AbbrText = memo(function AbbrText({ text }: { text: string }) {
  const { lang } = useT();
  return (
    <>
      {pieces(text).map((piece, i) => {
        if (!piece.entry) return piece.text;
        const { vi, en } = piece.entry.expansion;
        const expansion = lang === 'vi' ? vi : `${en} (${vi})`;
        return (
          <abbr key={i} title={expansion} tabIndex={0} className="abbr" data-expansion={expansion}>
            {piece.text}
          </abbr>
        );
      })}
    </>
  );
});
