import { splitAbbreviations } from '@/domain/glossary';
import { useT } from '@/lib/i18n/use-t';

/**
 * Renders text with every known abbreviation expanded on hover and on keyboard focus,
 * in the current language (and in Vietnamese alongside, when the UI is in English).
 */
export function AbbrText({ text }: { text: string }) {
  const { lang } = useT();
  return (
    <>
      {splitAbbreviations(text).map((piece, i) => {
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
}
