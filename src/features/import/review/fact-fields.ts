/**
 * The inputs a fact of each category needs, read from the fact schema itself, so the review
 * form follows the schema without restating it.
 */
import type { z } from '@/lib/zod';
import { factSchema, type FactCategory } from '@/domain/schema/fact';
import type { DraftFact, DraftProvenance } from '../extract';

export type FieldKind =
  | { kind: 'enum'; options: readonly string[] }
  | { kind: 'number' }
  | { kind: 'text' }
  | { kind: 'localized' }
  | { kind: 'period' }
  | { kind: 'unit' }
  | { kind: 'list' }
  /** A literal of the schema: set, never edited. */
  | { kind: 'fixed'; value: unknown };

export interface FieldSpec {
  key: string;
  /** Whether the fact may leave it empty. */
  optional: boolean;
  /** Whether empty is a value of its own (null: "stated without a number"). */
  nullable: boolean;
  input: FieldKind;
}

/** Fields every fact has that the form edits in its own way, or not at all. */
const HANDLED_APART = new Set(['id', 'reportId', 'category', 'provenance']);

type AnySchema = z.core.$ZodType;

function unwrap(schema: AnySchema): { inner: AnySchema; optional: boolean; nullable: boolean } {
  let inner = schema;
  let optional = false;
  let nullable = false;
  for (;;) {
    const def = inner._zod.def as { type: string; innerType?: AnySchema };
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
      optional = true;
      inner = def.innerType;
    } else if (def.type === 'nullable' && def.innerType) {
      nullable = true;
      inner = def.innerType;
    } else return { inner, optional, nullable };
  }
}

function inputOf(key: string, schema: AnySchema): FieldKind | null {
  const def = schema._zod.def as {
    type: string;
    entries?: Record<string, string>;
    shape?: Record<string, unknown>;
    values?: unknown[];
  };
  if (/unitId$/i.test(key)) return { kind: 'unit' };
  switch (def.type) {
    case 'literal':
      return { kind: 'fixed', value: def.values?.[0] };
    case 'enum':
      return { kind: 'enum', options: Object.values(def.entries ?? {}) };
    case 'number':
      return { kind: 'number' };
    case 'string':
      return { kind: 'text' };
    case 'array':
      return { kind: 'list' };
    case 'object':
      if (def.shape && 'vi' in def.shape) return { kind: 'localized' };
      if (def.shape && 'start' in def.shape) return { kind: 'period' };
      return null;
    default:
      return null;
  }
}

/** The order a reader checks a figure in: what is measured, the number, then where and when. */
const FIRST = ['measure', 'value', 'qualifier', 'unitId', 'period'];
const LAST = ['note'];
const rank = (key: string) =>
  FIRST.includes(key) ? FIRST.indexOf(key) - FIRST.length : LAST.includes(key) ? 1 : 0;

const specsByCategory = new Map<FactCategory, FieldSpec[]>(
  factSchema.options.map((option) => {
    const category = option.shape.category.value;
    const specs = Object.entries(option.shape as Record<string, AnySchema>).flatMap(
      ([key, schema]) => {
        if (HANDLED_APART.has(key)) return [];
        const { inner, optional, nullable } = unwrap(schema);
        const input = inputOf(key, inner);
        return input ? [{ key, optional, nullable, input }] : [];
      },
    );
    return [category, specs.sort((a, b) => rank(a.key) - rank(b.key))];
  }),
);

export function fieldsOf(category: FactCategory): readonly FieldSpec[] {
  return specsByCategory.get(category) ?? [];
}

/**
 * A new fact of a category for the analyst to fill: enums at their first choice, texts
 * empty, the value unknown, about the reporting unit and period, read from `paragraph`.
 */
export function blankFact(
  category: FactCategory,
  id: string,
  defaults: { unitId: string | null; period: DraftFact['period']; provenance: DraftProvenance },
): DraftFact {
  const fact: Record<string, unknown> = {
    id,
    reportId: 'draft',
    category,
    unitId: defaults.unitId,
    period: defaults.period,
    value: null,
    qualifier: 'exact',
    provenance: defaults.provenance,
  };
  for (const spec of fieldsOf(category)) {
    if (spec.key in fact || spec.optional) continue;
    if (spec.input.kind === 'fixed') fact[spec.key] = spec.input.value;
    else if (spec.input.kind === 'enum')
      fact[spec.key] = spec.nullable ? null : spec.input.options[0];
    else if (spec.input.kind === 'localized') fact[spec.key] = { vi: '', en: '' };
    else if (spec.input.kind === 'list') fact[spec.key] = [];
    else if (spec.nullable) fact[spec.key] = null;
  }
  return fact as DraftFact;
}
