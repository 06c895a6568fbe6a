import type { ExerciseType, Topic } from '@/domain/schema/fact';

/**
 * Okabe–Ito colours: told apart by the common kinds of colour blindness and in greyscale
 * print when paired with the patterns the charts add for "planned".
 */
export const okabeIto = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#7F7F7F',
} as const;

export const exerciseColors: Record<ExerciseType, string> = {
  'defence-zone': okabeIto.blue,
  'disaster-response': okabeIto.sky,
  'defence-combat': okabeIto.vermillion,
  'command-staff-map': okabeIto.purple,
  'readiness-transition': okabeIto.orange,
  'rear-base': okabeIto.green,
};

export const topicColors: Partial<Record<Topic, string>> = {
  recruitment: okabeIto.blue,
  education: okabeIto.green,
  training: okabeIto.orange,
  exercises: okabeIto.vermillion,
  awards: okabeIto.purple,
  'social-policy': okabeIto.sky,
};

export const educationGroupColors = {
  'group-1': okabeIto.blue,
  'group-2': okabeIto.sky,
  'group-3': okabeIto.green,
  'group-4': okabeIto.orange,
  students: okabeIto.purple,
  cadres: okabeIto.vermillion,
} as const;

export const awardKindColors = { collective: okabeIto.blue, individual: okabeIto.orange } as const;

/** The id of the hatched fill drawn in a colour (see HatchPatterns). */
export const hatchId = (color: string) => `hatch-${color.replace('#', '')}`;

/**
 * Classes of a choropleth, light to dark (ColorBrewer "Blues", readable by colour-blind users
 * and in greyscale). The lightest class is still tinted, so zero never looks like "no data".
 */
export const sequentialBlues = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
/** Areas with no figure: neutral land, outlined, never a class colour. */
export const noDataFill = '#f1efe9';
export const areaOutline = '#8a8a8a';

/** The ramp's colours for `count` classes, spread from light to dark so that few classes still contrast. */
export function sequentialClasses(count: number): readonly string[] {
  const picks: Record<number, number[]> = { 1: [3], 2: [1, 4], 3: [0, 2, 4], 4: [0, 1, 3, 4] };
  const indexes = picks[count] ?? [0, 1, 2, 3, 4];
  return indexes.map((i) => sequentialBlues[i]!);
}
