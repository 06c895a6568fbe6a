import type { Unit } from '@/domain/schema/unit';
import { bboxContains, type BBox } from './geodata/geometry';
import type { PlacedUnit } from './map-model';
import type { ViewState } from './map-view';

/**
 * The zoom from which a large dataset draws a district's or a commune's circle. At the
 * country's zoom a national dataset's 2,800 circles pile into one blot that tells nothing and
 * that the map re-projects and repaints on every filter change; the list beside the map holds
 * them all. A circle without a figure only says "known here, nothing reported": it waits longer.
 */
const DETAIL_ZOOM: Record<'withFigure' | 'empty', Partial<Record<Unit['level'], number>>> = {
  withFigure: { district: 6, commune: 8 },
  empty: { district: 8, commune: 10 },
};

/** Below this many circles every one is drawn at every zoom: they stay apart and cost little. */
const DETAIL_FROM = 500;

/** The view and as much again around it, so that a short pan finds its circles drawn. */
function padded([w, s, e, n]: BBox): BBox {
  const dx = (e - w) / 2;
  const dy = (n - s) / 2;
  return [w - dx, s - dy, e + dx, n + dy];
}

export interface SymbolDetail {
  shown: PlacedUnit[];
  /** Circles with a figure that wait for a closer zoom. */
  hiddenWithFigure: number;
}

/**
 * The circles the map draws in this view: all of a small dataset's; of a large one,
 * provinces and selected units always, the others by zoom.
 */
export function symbolsInDetail(
  symbols: readonly PlacedUnit[],
  view: ViewState | null,
  selectedIds: ReadonlySet<string>,
): SymbolDetail {
  if (symbols.length < DETAIL_FROM) return { shown: [...symbols], hiddenWithFigure: 0 };
  const around = view && padded(view.bounds);
  const shown: PlacedUnit[] = [];
  let hiddenWithFigure = 0;
  for (const placed of symbols) {
    const from = DETAIL_ZOOM[placed.value ? 'withFigure' : 'empty'][placed.unit.level];
    if (from === undefined || selectedIds.has(placed.unit.id)) {
      shown.push(placed);
      continue;
    }
    if (!around || view.zoom < from) {
      if (placed.value) hiddenWithFigure++;
      continue;
    }
    if (bboxContains(around, [placed.lon, placed.lat])) shown.push(placed);
  }
  return { shown, hiddenWithFigure };
}
