import { emptyFilter, type PeriodSelection, type ReportFilter } from '@/domain/report-filter';
import { isRealIsoDate } from '@/domain/schema/common';
import { exerciseTypes, topics, type ExerciseType, type Topic } from '@/domain/schema/fact';
import { reportKinds, type ReportKind } from '@/domain/schema/report';
import { mapLayers, type MapLayer } from '@/domain/aggregate/map-values';

/** What the URL holds: the filter, the timeline's zoom (a year, or all years) and the map's layer. */
export interface FilterUrlState {
  filter: ReportFilter;
  zoomYear: number | null;
  mapLayer: MapLayer;
}

export const defaultMapLayer: MapLayer = 'reports';

/** A part of a link that could not be used; it is dropped and the user told. */
export interface UrlProblem {
  param: string;
  value: string;
  reason: 'format' | 'unknown-value' | 'unknown-unit' | 'unknown-param';
}

const plausibleYear = (y: number) => y >= 1945 && y <= 2100;

export function formatPeriodParam(period: PeriodSelection): string {
  switch (period.kind) {
    case 'year':
      return String(period.year);
    case 'quarter':
      return `${period.year}-Q${period.quarter}`;
    case 'half':
      return `${period.year}-H${period.half}`;
    case 'range':
      return `${period.start}..${period.end}`;
  }
}

export function parsePeriodParam(value: string): PeriodSelection | null {
  let m = /^(\d{4})$/.exec(value);
  if (m && plausibleYear(Number(m[1]))) return { kind: 'year', year: Number(m[1]) };
  m = /^(\d{4})-Q([1-4])$/i.exec(value);
  if (m && plausibleYear(Number(m[1])))
    return { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
  m = /^(\d{4})-H([12])$/i.exec(value);
  if (m && plausibleYear(Number(m[1])))
    return { kind: 'half', year: Number(m[1]), half: Number(m[2]) as 1 | 2 };
  m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (
    m &&
    isRealIsoDate(m[1] as string) &&
    isRealIsoDate(m[2] as string) &&
    (m[1] as string) <= (m[2] as string)
  )
    return { kind: 'range', start: m[1] as string, end: m[2] as string };
  return null;
}

function parseList<T extends string>(
  param: string,
  raw: string | null,
  allowed: readonly T[],
  problems: UrlProblem[],
): T[] {
  if (!raw) return [];
  const known = new Set<string>(allowed);
  const values: T[] = [];
  for (const value of raw.split(',').filter(Boolean)) {
    if (known.has(value)) {
      if (!values.includes(value as T)) values.push(value as T);
    } else problems.push({ param, value, reason: 'unknown-value' });
  }
  return values;
}

const knownParams = new Set([
  'unit',
  'period',
  'match',
  'kind',
  'topic',
  'exercise',
  'zoom',
  'map',
  // Read by the presenter and saved-view links, not by the filter.
  'slides',
  'slide',
  'wall',
  'scenario',
  'data',
]);
const unitIdPattern = /^[a-z0-9][a-z0-9-]*$/;

/** Reads a query string; anything unusable is left out and reported, never thrown. */
export function parseFilterSearch(search: string): {
  state: FilterUrlState;
  problems: UrlProblem[];
} {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  for (const [param, value] of params) {
    if (!knownParams.has(param)) problems.push({ param, value, reason: 'unknown-param' });
  }

  const unitIds: string[] = [];
  for (const id of (params.get('unit') ?? '').split(',').filter(Boolean)) {
    if (!unitIdPattern.test(id)) problems.push({ param: 'unit', value: id, reason: 'format' });
    else if (!unitIds.includes(id)) unitIds.push(id);
  }

  let period: PeriodSelection | null = null;
  const periodRaw = params.get('period');
  if (periodRaw) {
    period = parsePeriodParam(periodRaw);
    if (!period) problems.push({ param: 'period', value: periodRaw, reason: 'format' });
  }

  const matchRaw = params.get('match');
  if (matchRaw && matchRaw !== 'conference' && matchRaw !== 'reviewed') {
    problems.push({ param: 'match', value: matchRaw, reason: 'unknown-value' });
  }

  let zoomYear: number | null = null;
  const zoomRaw = params.get('zoom');
  if (zoomRaw) {
    if (/^\d{4}$/.test(zoomRaw) && plausibleYear(Number(zoomRaw))) zoomYear = Number(zoomRaw);
    else problems.push({ param: 'zoom', value: zoomRaw, reason: 'format' });
  }

  let mapLayer = defaultMapLayer;
  const mapRaw = params.get('map');
  if (mapRaw) {
    if ((mapLayers as readonly string[]).includes(mapRaw)) mapLayer = mapRaw as MapLayer;
    else problems.push({ param: 'map', value: mapRaw, reason: 'unknown-value' });
  }

  return {
    state: {
      mapLayer,
      filter: {
        unitIds,
        period,
        periodMatch: matchRaw === 'conference' ? 'conference' : 'reviewed',
        kinds: parseList<ReportKind>('kind', params.get('kind'), reportKinds, problems),
        topics: parseList<Topic>('topic', params.get('topic'), topics, problems),
        exerciseTypes: parseList<ExerciseType>(
          'exercise',
          params.get('exercise'),
          exerciseTypes,
          problems,
        ),
      },
      zoomYear,
    },
    problems,
  };
}

/** Writes the state as a query string in a fixed order, leaving out defaults. */
export function serializeFilterSearch({ filter, zoomYear, mapLayer }: FilterUrlState): string {
  const params = new URLSearchParams();
  if (filter.unitIds.length > 0) params.set('unit', filter.unitIds.join(','));
  if (filter.period) params.set('period', formatPeriodParam(filter.period));
  if (filter.periodMatch !== emptyFilter.periodMatch) params.set('match', filter.periodMatch);
  if (filter.kinds.length > 0) params.set('kind', filter.kinds.join(','));
  if (filter.topics.length > 0) params.set('topic', filter.topics.join(','));
  if (filter.exerciseTypes.length > 0) params.set('exercise', filter.exerciseTypes.join(','));
  if (zoomYear !== null) params.set('zoom', String(zoomYear));
  if (mapLayer !== defaultMapLayer) params.set('map', mapLayer);
  return searchText(params);
}

/** A query string as the app writes it: lists keep their commas readable; none at all is ''. */
export function searchText(params: URLSearchParams): string {
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
