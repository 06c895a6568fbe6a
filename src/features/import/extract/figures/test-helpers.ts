/** Reads figures from sentences of our own, after an opening line that sets the report. */
import type { FactCategory } from '@/domain/schema/fact';
import { extractDraft } from '../extract-draft';
import { testUnits } from '../test-units';
import type { DraftFact } from '../types';

export const opening =
  'Ngày 5/1/2024, UBND huyện Hải Hậu tổ chức hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024.';

export function factsOf<C extends FactCategory>(
  category: C,
  ...lines: string[]
): Extract<DraftFact, { category: C }>[] {
  const draft = extractDraft([opening, ...lines].join('\n'), testUnits);
  return draft.facts.filter(
    (f): f is Extract<DraftFact, { category: C }> => f.category === category,
  );
}
