import { describe, expect, it } from 'vitest';
import { checkDraftFact } from '../extract';
import { blankFact, fieldsOf } from './fact-fields';

const provenance = {
  sourceId: 'draft',
  paragraph: 3,
  status: 'stated' as const,
  span: { start: 0, end: 0, text: '' },
};
const period = { kind: 'year' as const, start: '2025-01-01', end: '2025-12-31' };

describe('fieldsOf', () => {
  it('reads the inputs of an exercise from the schema', () => {
    const fields = Object.fromEntries(fieldsOf('exercises').map((f) => [f.key, f]));
    expect(Object.keys(fields)).toEqual([
      'measure',
      'value',
      'qualifier',
      'unitId',
      'period',
      'exerciseType',
      'level',
      'status',
      'description',
      'note',
    ]);
    expect(fields.measure?.input).toEqual({ kind: 'fixed', value: 'exercises' });
    expect(fields.exerciseType?.input).toEqual({
      kind: 'enum',
      options: expect.arrayContaining(['defence-zone', 'disaster-response']),
    });
    expect(fields.level).toMatchObject({ nullable: true, input: { kind: 'enum' } });
    expect(fields.value).toMatchObject({ nullable: true, input: { kind: 'number' } });
    expect(fields.note).toMatchObject({ optional: true, input: { kind: 'localized' } });
    expect(fields.unitId?.input.kind).toBe('unit');
    expect(fields.period?.input.kind).toBe('period');
  });

  it('knows an award needs an issuer and a title, and may name the issuing unit', () => {
    const fields = Object.fromEntries(fieldsOf('awards').map((f) => [f.key, f]));
    expect(fields.issuer).toMatchObject({ optional: false, input: { kind: 'localized' } });
    expect(fields.issuerUnitId).toMatchObject({ optional: true, input: { kind: 'unit' } });
  });
});

describe('blankFact', () => {
  it('makes a fact that passes the schema once its texts are written', () => {
    const award = blankFact('awards', 'f1', { unitId: 'thach-that', period, provenance });
    expect(checkDraftFact(award).success).toBe(false);
    const filled = {
      ...award,
      issuer: { vi: 'UBND huyện', en: 'District people’s committee' },
      title: { vi: 'Giấy khen', en: 'Certificate of merit' },
    };
    expect(checkDraftFact(filled).success).toBe(true);
  });

  it('makes a recruitment fact that passes as it is', () => {
    const fact = blankFact('recruitment', 'f2', { unitId: 'thach-that', period, provenance });
    expect(fact).toMatchObject({ measure: 'quota-completion-pct', value: null });
    expect(checkDraftFact(fact).success).toBe(true);
  });
});

describe('field labels', () => {
  it('has a label in both languages for every field of every category', async () => {
    const { catalogs } = await import('@/lib/i18n/messages');
    const { factCategories } = await import('@/domain/schema/fact');
    for (const category of factCategories) {
      for (const { key } of fieldsOf(category)) {
        const label = `review.field.${key}` as keyof typeof catalogs.vi;
        expect(catalogs.vi[label], `${category}.${key}`).toBeTruthy();
        expect(catalogs.en[label], `${category}.${key}`).toBeTruthy();
      }
    }
  });
});
