import type { MessageKey } from '@/lib/i18n/messages';

/** Every panel the dashboard can show, in its on-screen order: slides and saved views name them. */
export const panelIds = [
  'headline',
  'recruitment',
  'exercises',
  'education',
  'awards',
  'coverage',
  'map',
  'timeline',
] as const;
export type PanelId = (typeof panelIds)[number];

export const panelTitleKeys = {
  headline: 'charts.title',
  recruitment: 'recruitment.title',
  exercises: 'exercises.title',
  education: 'education.title',
  awards: 'awards.title',
  coverage: 'coverage.title',
  map: 'map.title',
  timeline: 'timeline.title',
} satisfies Record<PanelId, MessageKey>;

export function isPanelId(value: string): value is PanelId {
  return (panelIds as readonly string[]).includes(value);
}
