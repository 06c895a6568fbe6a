import type { Lang } from '@/domain/periods';
import { translate } from '@/lib/i18n/use-t';
import type { FieldIssue } from './review-model';

/** The schema's refusal in the reader's words: what is wrong with the field, not zod's code. */
export function issueMessage(issue: FieldIssue, lang: Lang): string {
  const path = issue.path;
  if (
    issue.code === 'invalid_type' &&
    /expected \w+, received (undefined|null)/.test(issue.message)
  )
    return translate(lang, 'review.issue.required');
  if (issue.code === 'invalid_type' && /received NaN/.test(issue.message))
    return translate(lang, 'review.issue.number');
  if (issue.code === 'too_small' && /kinds$|titles$|roles$/.test(path))
    return translate(lang, 'review.issue.chooseOne');
  if (issue.code === 'too_small') return translate(lang, 'review.issue.required');
  if (issue.code === 'invalid_format' || /YYYY-MM-DD/.test(issue.message))
    return translate(lang, 'review.issue.format');
  if (/not a real calendar date/.test(issue.message)) return translate(lang, 'review.issue.date');
  if (/must not end before/.test(issue.message)) return translate(lang, 'review.issue.periodOrder');
  if (/inferred fact must say why/.test(issue.message))
    return translate(lang, 'review.issue.reason');
  if (issue.code === 'invalid_value') return translate(lang, 'review.issue.choice');
  return issue.message;
}
