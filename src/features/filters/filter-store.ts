import { create } from 'zustand';
import {
  emptyFilter,
  type PeriodMatch,
  type PeriodSelection,
  type ReportFilter,
} from '@/domain/report-filter';
import type { ExerciseType, Topic } from '@/domain/schema/fact';
import type { ReportKind } from '@/domain/schema/report';
import type { MapLayer } from '@/domain/aggregate/map-values';
import { defaultMapLayer, type FilterUrlState, type UrlProblem } from './filter-url';

interface FilterState {
  filter: ReportFilter;
  zoomYear: number | null;
  mapLayer: MapLayer;
  /** Parts of the last link that could not be used, shown until dismissed. */
  problems: UrlProblem[];
  /** Whether the last change should replace the history entry (slider playback) rather than add one. */
  replaceHistory: boolean;
  toggleUnit: (unitId: string) => void;
  setPeriod: (period: PeriodSelection | null, options?: { replaceHistory?: boolean }) => void;
  setPeriodMatch: (match: PeriodMatch) => void;
  toggleKind: (kind: ReportKind) => void;
  toggleTopic: (topic: Topic) => void;
  toggleExerciseType: (type: ExerciseType) => void;
  setZoomYear: (year: number | null) => void;
  setMapLayer: (layer: MapLayer) => void;
  clearPart: (part: keyof ReportFilter) => void;
  clearAll: () => void;
  /** Takes the state a link describes (on load, back and forward). */
  loadFromUrl: (state: FilterUrlState, problems: UrlProblem[]) => void;
  addProblems: (problems: UrlProblem[]) => void;
  dismissProblems: () => void;
}

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The filter a link describes, keeping each list of the current filter that the link leaves as
 * it was: panels compare lists by identity, and a new but equal list of units re-rendered the
 * whole unit tree on every change of period made through the address bar or back and forward.
 */
function keepUnchangedLists(current: ReportFilter, next: ReportFilter): ReportFilter {
  return {
    ...next,
    unitIds: sameList(current.unitIds, next.unitIds) ? current.unitIds : next.unitIds,
    kinds: sameList(current.kinds, next.kinds) ? current.kinds : next.kinds,
    topics: sameList(current.topics, next.topics) ? current.topics : next.topics,
    exerciseTypes: sameList(current.exerciseTypes, next.exerciseTypes)
      ? current.exerciseTypes
      : next.exerciseTypes,
  };
}

const toggle = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export const useFilterStore = create<FilterState>()((set) => ({
  filter: emptyFilter,
  zoomYear: null,
  mapLayer: defaultMapLayer,
  problems: [],
  replaceHistory: false,
  toggleUnit: (unitId) =>
    set((s) => ({
      filter: { ...s.filter, unitIds: toggle(s.filter.unitIds, unitId) },
      replaceHistory: false,
    })),
  setPeriod: (period, options) =>
    set((s) => ({
      filter: { ...s.filter, period },
      replaceHistory: options?.replaceHistory ?? false,
    })),
  setPeriodMatch: (periodMatch) =>
    set((s) => ({ filter: { ...s.filter, periodMatch }, replaceHistory: false })),
  toggleKind: (kind) =>
    set((s) => ({
      filter: { ...s.filter, kinds: toggle(s.filter.kinds, kind) },
      replaceHistory: false,
    })),
  toggleTopic: (topic) =>
    set((s) => ({
      filter: { ...s.filter, topics: toggle(s.filter.topics, topic) },
      replaceHistory: false,
    })),
  toggleExerciseType: (type) =>
    set((s) => ({
      filter: { ...s.filter, exerciseTypes: toggle(s.filter.exerciseTypes, type) },
      replaceHistory: false,
    })),
  setZoomYear: (zoomYear) => set({ zoomYear, replaceHistory: false }),
  setMapLayer: (mapLayer) => set({ mapLayer, replaceHistory: false }),
  clearPart: (part) =>
    set((s) => ({ filter: { ...s.filter, [part]: emptyFilter[part] }, replaceHistory: false })),
  clearAll: () => set({ filter: emptyFilter, zoomYear: null, replaceHistory: false }),
  loadFromUrl: (state, problems) =>
    set((s) => ({ ...state, filter: keepUnchangedLists(s.filter, state.filter), problems })),
  addProblems: (problems) => set((s) => ({ problems: [...s.problems, ...problems] })),
  dismissProblems: () => set({ problems: [] }),
}));
