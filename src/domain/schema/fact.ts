import { z } from '@/lib/zod';
import { idString, localizedText } from './common';
import { periodSchema } from './period';
import { provenanceSchema } from './provenance';
import { unitLevels } from './unit';

export const topics = [
  'recruitment',
  'education',
  'training',
  'exercises',
  'awards',
  'social-policy',
  'commemoration',
  'emulation',
  'readiness',
  'organisation',
  'party-work',
  'logistics',
  'security',
] as const;
export type Topic = (typeof topics)[number];

export const factBase = {
  id: idString,
  reportId: idString,
  /** The unit the figure is about (a ward for its exercise), not necessarily the reporting unit. */
  unitId: idString,
  period: periodSchema,
  /** null when the report states the fact without a number ("an exercise was held"). */
  value: z.number().nonnegative().nullable(),
  /** How the report qualifies the number: "gần 20 tỷ" is `nearly`. */
  qualifier: z.enum(['exact', 'nearly', 'over', 'about']).default('exact'),
  provenance: provenanceSchema,
  note: localizedText.optional(),
};

export const exerciseTypes = [
  'defence-zone',
  'disaster-response',
  'defence-combat',
  'command-staff-map',
  'readiness-transition',
  'rear-base',
] as const;
export type ExerciseType = (typeof exerciseTypes)[number];

export const educationGroups = ['group-1', 'group-2', 'group-3', 'group-4', 'students'] as const;

const recruitmentFact = z.object({
  ...factBase,
  category: z.literal('recruitment'),
  measure: z.enum(['quota-completion-pct', 'enlisted']),
});

const educationFact = z.object({
  ...factBase,
  category: z.literal('education'),
  measure: z.enum(['trainees', 'classes']),
  targetGroup: z.enum(educationGroups),
  delivery: z.enum(['sent-to-course', 'held-locally']),
  institutions: z.array(z.string()).default([]),
  result: localizedText.optional(),
});

const trainingFact = z.object({
  ...factBase,
  category: z.literal('training'),
  measure: z.enum(['courses-attended', 'cadres-trained', 'programme-completion-pct']),
  audience: localizedText.optional(),
  organiser: localizedText.optional(),
});

const exerciseFact = z.object({
  ...factBase,
  category: z.literal('exercises'),
  measure: z.literal('exercises'),
  exerciseType: z.enum(exerciseTypes),
  /** null when the report does not say at which level the exercise is held. */
  level: z.enum(unitLevels).nullable(),
  status: z.enum(['done', 'planned', 'preparing']),
  description: localizedText.optional(),
});

const awardFact = z.object({
  ...factBase,
  category: z.literal('awards'),
  measure: z.literal('recipients'),
  issuer: localizedText,
  issuerUnitId: idString.optional(),
  recipientKind: z.enum(['collective', 'individual']),
  title: localizedText,
});

const socialPolicyFact = z.object({
  ...factBase,
  category: z.literal('social-policy'),
  measure: z.enum(['houses-built-or-repaired', 'money-vnd']),
  purpose: localizedText,
});

const commemorationFact = z.object({
  ...factBase,
  category: z.literal('commemoration'),
  measure: z.literal('events'),
  name: localizedText,
  anniversaryYears: z.number().int().positive().optional(),
  status: z.enum(['done', 'planned']),
});

const emulationFact = z.object({
  ...factBase,
  category: z.literal('emulation'),
  measure: z.literal('campaigns'),
  name: localizedText,
  campaignPeriod: periodSchema.optional(),
  status: z.enum(['ongoing', 'launched', 'planned', 'preparing']),
});

const activityFact = z.object({
  ...factBase,
  category: z.literal('activity'),
  measure: z.literal('events'),
  topic: z.enum(topics),
  name: localizedText,
  status: z.enum(['done', 'planned', 'preparing']),
});

const taskFact = z.object({
  ...factBase,
  category: z.literal('task'),
  measure: z.enum(['task', 'task-count']),
  topic: z.enum(topics),
  text: localizedText,
});

export const factSchema = z.discriminatedUnion('category', [
  recruitmentFact,
  educationFact,
  trainingFact,
  exerciseFact,
  awardFact,
  socialPolicyFact,
  commemorationFact,
  emulationFact,
  activityFact,
  taskFact,
]);
export type Fact = z.infer<typeof factSchema>;
export type FactCategory = Fact['category'];
export type FactOf<C extends FactCategory> = Extract<Fact, { category: C }>;
export const factCategories = factSchema.options.map((o) => o.shape.category.value);
