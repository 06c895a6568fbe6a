import { useMemo } from 'react';
import type { Lang } from '@/domain/periods';
import { bboxContains } from './geodata/geometry';
import type { MapModel } from './map-model';
import type { DrawnSymbol } from './map-shapes';
import type { ViewState } from './map-view';
import { spreadStacked } from './stacked-symbols';
import { symbolsInDetail } from './symbol-detail';

/** Unit names pile up below this zoom. */
const UNIT_NAME_ZOOM = 10;
/** Most unit names drawn at once; the largest figures in view get them. */
const MAX_UNIT_NAMES = 40;
/** Of units sharing a point, the district keeps it and its communes ring it. */
const levelRank = { national: 0, 'military-region': 1, province: 2, district: 3, commune: 4 };

/**
 * The circles the map draws in this view, sized by figure and spread where they share a
 * point; the names drawn beside the largest; and how many figures wait for a closer zoom.
 */
export function useDrawnSymbols(
  model: MapModel,
  view: ViewState | null,
  selectedIds: ReadonlySet<string>,
  lang: Lang,
) {
  const zoom = view?.zoom ?? 0;
  const detail = useMemo(
    () => symbolsInDetail(model.symbols, view, selectedIds),
    [model, view, selectedIds],
  );
  const symbols = useMemo((): DrawnSymbol[] => {
    const radius = (value: number) => 4 + 12 * Math.sqrt(value / Math.max(1, model.symbolMax));
    const placed = [...detail.shown]
      .sort((a, b) => levelRank[a.unit.level] - levelRank[b.unit.level])
      .map((placed) => ({
        unitId: placed.unit.id,
        lat: placed.lat,
        lon: placed.lon,
        radius: placed.value ? radius(placed.value.value) : 4,
        hasData: placed.value !== undefined,
        name: placed.unit.name[lang],
      }));
    const spread = spreadStacked(placed, zoom);
    return spread.map((symbol, i) => ({ ...symbol, displaced: symbol !== placed[i] }));
  }, [model.symbolMax, detail, lang, zoom]);
  // Names for units with a figure only, and only those in view; the others name themselves
  // on hover.
  const unitNames = useMemo(() => {
    if (!view || view.zoom < UNIT_NAME_ZOOM) return [];
    return symbols
      .filter((s) => s.hasData && !s.displaced && bboxContains(view.bounds, [s.lon, s.lat]))
      .sort((a, b) => b.radius - a.radius)
      .slice(0, MAX_UNIT_NAMES);
  }, [symbols, view]);
  return { symbols, unitNames, hiddenWithFigure: detail.hiddenWithFigure };
}
