import { z } from '@/lib/zod';
import { idString, isoDate, localizedText } from './common';
import { periodSchema } from './period';
import { provenanceSchema } from './provenance';
import { unitBodies } from './unit';

export const reportKinds = [
  'quarterly-review',
  'six-month-review',
  'nine-month-review',
  'annual-review',
  'resolution',
  'term-congress',
  'other',
] as const;
export type ReportKind = (typeof reportKinds)[number];

export const militaryRanks = [
  'thieu-uy',
  'trung-uy',
  'thuong-uy',
  'dai-uy',
  'thieu-ta',
  'trung-ta',
  'thuong-ta',
  'dai-ta',
  'thieu-tuong',
  'trung-tuong',
  'thuong-tuong',
  'dai-tuong',
] as const;
export type MilitaryRank = (typeof militaryRanks)[number];

export const personRoles = [
  'chair',
  'director',
  'attendee',
  'speaker',
  'concluder',
  'award-presenter',
  'campaign-launcher',
] as const;

export const personSchema = z.object({
  name: z.string().min(1),
  rank: z.enum(militaryRanks).optional(),
  /** Each post the person holds, as written in the report's terms and translated. */
  titles: z.array(localizedText).min(1),
  roles: z.array(z.enum(personRoles)).min(1),
  provenance: provenanceSchema,
});
export type Person = z.infer<typeof personSchema>;

/** Bodies that attended without a named person ("representatives of the Capital Command"). */
export const delegationSchema = z.object({
  description: localizedText,
  unitId: idString.optional(),
  provenance: provenanceSchema,
});

export const reportSchema = z.object({
  id: idString,
  sourceId: idString,
  unitId: idString,
  body: z.enum(unitBodies),
  unitProvenance: provenanceSchema,
  title: localizedText,
  date: isoDate,
  timeOfDay: z.enum(['morning', 'afternoon', 'evening']).optional(),
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .optional(),
  dateProvenance: provenanceSchema,
  venue: localizedText.optional(),
  kinds: z.array(z.enum(reportKinds)).min(1),
  periodReviewed: periodSchema.nullable(),
  periodPlanned: periodSchema.nullable(),
  people: z.array(personSchema).default([]),
  delegations: z.array(delegationSchema).default([]),
  summary: localizedText,
});
export type Report = z.infer<typeof reportSchema>;
