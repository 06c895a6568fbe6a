import { canvas, type Renderer } from 'leaflet';
import { useMemo } from 'react';

/**
 * From this many units, their circles are painted on one canvas: as SVG, each filter change
 * restyled, re-laid and repainted thousands of elements. Fewer keep an element each.
 */
const CANVAS_FROM = 500;
let canvasWorks: boolean | undefined;
/** Whether the page can paint on a canvas at all (a test DOM cannot): if not, SVG it is. */
const canPaint = () => (canvasWorks ??= document.createElement('canvas').getContext('2d') != null);

/** The renderer for the unit circles of a map of `unitCount` units; undefined for SVG. */
export function useSymbolRenderer(unitCount: number, pane: string): Renderer | undefined {
  return useMemo(
    () => (unitCount >= CANVAS_FROM && canPaint() ? canvas({ pane }) : undefined),
    [unitCount, pane],
  );
}
