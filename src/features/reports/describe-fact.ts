import type { Lang } from '@/domain/periods';
import { periodLabel } from '@/domain/periods';
import type { Fact } from '@/domain/schema/fact';
import { formatNumber, formatPercent, formatVnd } from '@/lib/format';
import {
  deliveryLabels,
  exerciseTypeLabels,
  levelLabels,
  measureLabels,
  qualifierLabels,
  recipientKindLabels,
  statusLabels,
  targetGroupLabels,
} from '@/lib/i18n/labels';

/** A fact put into words for a list: what it is, its figure, and the details beside it. */
export interface FactLine {
  label: string;
  value: string | null;
  details: string[];
}

function formatValue(fact: Fact, lang: Lang): string | null {
  if (fact.value === null) return null;
  const qualifier = qualifierLabels[fact.qualifier][lang];
  const number =
    fact.measure === 'money-vnd'
      ? formatVnd(fact.value, lang)
      : fact.measure.endsWith('-pct')
        ? formatPercent(fact.value, lang)
        : formatNumber(fact.value, lang);
  return qualifier ? `${qualifier} ${number}` : number;
}

export function describeFact(fact: Fact, lang: Lang, unitName: (id: string) => string): FactLine {
  const value = formatValue(fact, lang);
  const note = fact.note ? [fact.note[lang]] : [];
  switch (fact.category) {
    case 'recruitment':
    case 'training': {
      const extra =
        fact.category === 'training'
          ? [fact.audience?.[lang], fact.organiser?.[lang]].filter((s): s is string => !!s)
          : [];
      return { label: measureLabels[fact.measure][lang], value, details: [...extra, ...note] };
    }
    case 'education':
      return {
        label: `${targetGroupLabels[fact.targetGroup][lang]} · ${measureLabels[fact.measure][lang]} (${deliveryLabels[fact.delivery][lang]})`,
        value,
        details: [fact.result?.[lang], fact.institutions.join(', ') || undefined, ...note].filter(
          (s): s is string => !!s,
        ),
      };
    case 'exercises':
      return {
        label: `${exerciseTypeLabels[fact.exerciseType][lang]} · ${unitName(fact.unitId)}`,
        value: value ?? statusLabels[fact.status][lang],
        details: [
          value ? statusLabels[fact.status][lang] : undefined,
          fact.level ? levelLabels[fact.level][lang] : undefined,
          fact.description?.[lang],
          ...note,
        ].filter((s): s is string => !!s),
      };
    case 'awards':
      return {
        label: `${fact.issuer[lang]} · ${fact.title[lang]}`,
        value: `${value ?? ''} ${recipientKindLabels[fact.recipientKind][lang]}`.trim(),
        details: note,
      };
    case 'social-policy':
      return {
        label: measureLabels[fact.measure][lang],
        value,
        details: [fact.purpose[lang], ...note],
      };
    case 'commemoration':
    case 'activity':
      return { label: fact.name[lang], value: statusLabels[fact.status][lang], details: note };
    case 'emulation':
      return {
        label: fact.name[lang],
        value: statusLabels[fact.status][lang],
        details: [
          fact.campaignPeriod ? periodLabel(fact.campaignPeriod, lang) : undefined,
          ...note,
        ].filter((s): s is string => !!s),
      };
    case 'task':
      return { label: fact.text[lang], value, details: note };
  }
}
