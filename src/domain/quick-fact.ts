/**
 * A fast path for the common case of the schema check of facts: a national dataset holds a
 * million of them, and zod, without the compiled parsers the page's policy forbids, takes
 * about ten microseconds each. A record that passes here is exactly what `factSchema` would
 * return; anything unusual (an unknown field, a missing one, a bad value) returns undefined
 * and goes through zod, which names the problem. A test holds the two to the same answers.
 */
import { idPattern, isRealIsoDate } from './schema/common';
import { educationGroups, exerciseTypes, topics, type Fact } from './schema/fact';
import { periodKinds } from './schema/period';
import { unitLevels } from './schema/unit';

type Raw = Record<string, unknown>;
type Check = (value: unknown) => boolean;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId: Check = (v) => typeof v === 'string' && idPattern.test(v);
const oneOf = (values: readonly unknown[]): Check => {
  const set = new Set(values);
  return (v) => set.has(v);
};
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const hasOnly = (record: Raw, allowed: ReadonlySet<string>) => {
  for (const key in record) if (!allowed.has(key)) return false;
  return true;
};

const textKeys = new Set(['vi', 'en']);
const isText: Check = (v) =>
  isObject(v) &&
  typeof v.vi === 'string' &&
  v.vi.length > 0 &&
  typeof v.en === 'string' &&
  v.en.length > 0 &&
  hasOnly(v, textKeys);

const periodKeys = new Set(['kind', 'start', 'end']);
const isKind = oneOf(periodKinds);
const isPeriod: Check = (v) =>
  isObject(v) &&
  isKind(v.kind) &&
  typeof v.start === 'string' &&
  typeof v.end === 'string' &&
  isRealIsoDate(v.start) &&
  isRealIsoDate(v.end) &&
  v.start <= v.end &&
  hasOnly(v, periodKeys);

const provenanceKeys = new Set(['sourceId', 'paragraph', 'status', 'reason']);
const isProvenance: Check = (v) =>
  isObject(v) &&
  isId(v.sourceId) &&
  Number.isSafeInteger(v.paragraph) &&
  (v.paragraph as number) > 0 &&
  (v.status === 'stated' || (v.status === 'inferred' && v.reason !== undefined)) &&
  (v.reason === undefined || isText(v.reason)) &&
  hasOnly(v, provenanceKeys);

const isValue: Check = (v) => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0);
const isQualifier = optional(oneOf(['exact', 'nearly', 'over', 'about']));
const isTopic = oneOf(topics);
const isStrings: Check = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** The fields of each category beyond the common ones, and their checks. */
const categories: Record<Fact['category'], Record<string, Check>> = {
  recruitment: { measure: oneOf(['quota-completion-pct', 'enlisted']) },
  education: {
    measure: oneOf(['trainees', 'classes']),
    targetGroup: oneOf(educationGroups),
    delivery: oneOf(['sent-to-course', 'held-locally']),
    institutions: optional(isStrings),
    result: optional(isText),
  },
  training: {
    measure: oneOf(['courses-attended', 'cadres-trained', 'programme-completion-pct']),
    audience: optional(isText),
    organiser: optional(isText),
  },
  exercises: {
    measure: oneOf(['exercises']),
    exerciseType: oneOf(exerciseTypes),
    level: (v) => v === null || unitLevels.includes(v as never),
    status: oneOf(['done', 'planned', 'preparing']),
    description: optional(isText),
  },
  awards: {
    measure: oneOf(['recipients']),
    issuer: isText,
    issuerUnitId: optional(isId),
    recipientKind: oneOf(['collective', 'individual']),
    title: isText,
  },
  'social-policy': {
    measure: oneOf(['houses-built-or-repaired', 'money-vnd']),
    purpose: isText,
  },
  commemoration: {
    measure: oneOf(['events']),
    name: isText,
    anniversaryYears: optional((v) => Number.isSafeInteger(v) && (v as number) > 0),
    status: oneOf(['done', 'planned']),
  },
  emulation: {
    measure: oneOf(['campaigns']),
    name: isText,
    campaignPeriod: optional(isPeriod),
    status: oneOf(['ongoing', 'launched', 'planned', 'preparing']),
  },
  activity: {
    measure: oneOf(['events']),
    topic: isTopic,
    name: isText,
    status: oneOf(['done', 'planned', 'preparing']),
  },
  task: { measure: oneOf(['task', 'task-count']), topic: isTopic, text: isText },
};

const common: Record<string, Check> = {
  id: isId,
  reportId: isId,
  unitId: isId,
  category: () => true,
  period: isPeriod,
  value: isValue,
  qualifier: isQualifier,
  provenance: isProvenance,
  note: optional(isText),
};
const checks = Object.fromEntries(
  Object.entries(categories).map(([category, fields]) => [
    category,
    Object.entries({ ...common, ...fields }),
  ]),
) as Record<Fact['category'], [string, Check][]>;
const allowed = Object.fromEntries(
  Object.entries(checks).map(([category, list]) => [category, new Set(list.map(([k]) => k))]),
) as Record<Fact['category'], Set<string>>;

export function quickFact(raw: unknown): Fact | undefined {
  if (!isObject(raw) || typeof raw.category !== 'string' || !(raw.category in checks))
    return undefined;
  const category = raw.category as Fact['category'];
  for (const [key, check] of checks[category]) if (!check(raw[key])) return undefined;
  // `value` must be present, even as null: an absent key is an error for zod.
  if (!('value' in raw) || !hasOnly(raw, allowed[category])) return undefined;
  const fact = { ...raw, qualifier: raw.qualifier ?? 'exact' } as Raw;
  if (category === 'education') fact.institutions = raw.institutions ?? [];
  return fact as Fact;
}
