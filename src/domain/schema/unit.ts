import { z } from '@/lib/zod';
import { idString, isoDate, localizedText } from './common';

export const unitLevels = [
  'national',
  'military-region',
  'province',
  'district',
  'commune',
] as const;

/** The administrative (or military) type within a level: tỉnh vs thành phố trực thuộc TW, quận vs huyện... */
export const unitTypes = [
  'country',
  'military-region',
  'capital-command',
  'province',
  'centrally-run-city',
  'urban-district',
  'rural-district',
  'town',
  'provincial-city',
  'municipal-city',
  'ward',
  'commune',
  'township',
] as const;

export const unitBodies = [
  'military-party-committee',
  'party-committee',
  'people-committee',
  'people-council',
  'military-command',
  'military-region-command',
] as const;

export const coordinateSourceSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** What the point is (seat of the people's committee, centroid...) and where it was taken from. */
  source: z.string().min(1),
  approximate: z.boolean().default(false),
});

export const unitSchema = z.object({
  id: idString,
  name: localizedText,
  /** Short forms people type: "HP", "TP Hải Phòng". Search also folds diacritics. */
  aliases: z.array(z.string()).default([]),
  level: z.enum(unitLevels),
  type: z.enum(unitTypes),
  /** For military formations only: a province has many bodies, which sit on the report instead. */
  body: z.enum(unitBodies).optional(),
  parentId: idString.nullable(),
  /** The military region (or capital command) a province belongs to. */
  militaryRegionId: idString.optional(),
  /** General Statistics Office code (2 digits province, 3 district, 5 commune). */
  adminCode: z
    .string()
    .regex(/^\d{2,5}$/)
    .optional(),
  center: coordinateSourceSchema.optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  predecessorIds: z.array(idString).default([]),
  successorIds: z.array(idString).default([]),
  /** Why a link (parent, region, validity) is as recorded, when it is not obvious. */
  note: z.string().optional(),
});
export type Unit = z.infer<typeof unitSchema>;
export type UnitLevel = Unit['level'];
export type UnitType = Unit['type'];
export type UnitBody = z.infer<typeof unitSchema.shape.body>;
