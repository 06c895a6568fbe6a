import { latLngBounds } from 'leaflet';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { BBox } from './geodata/geometry';

/** Closest a fit goes: a single commune still shows its surroundings. */
const MAX_FIT_ZOOM = 11;

export interface ViewState {
  zoom: number;
  bounds: BBox;
}

/** Reports the view after each move, for labels by zoom and the inset's frame. */
export function ViewWatch({ onView }: { onView: (view: ViewState) => void }) {
  const map = useMap();
  const latest = useRef(onView);
  useLayoutEffect(() => {
    latest.current = onView;
  });
  // Listens for the map's whole life: listeners that were swapped on every render were off
  // while FitTo moved the map in the same commit, so the zoom kept by the panel went stale
  // (and a national view kept the names meant for a close one).
  useEffect(() => {
    const report = () => {
      const b = map.getBounds();
      latest.current({
        zoom: map.getZoom(),
        bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      });
    };
    report();
    map.on('moveend zoomend', report);
    return () => {
      map.off('moveend zoomend', report);
    };
  }, [map]);
  return null;
}

/** Views closer than this many pixels are the same view. */
const SAME_VIEW_PX = 1;

/**
 * Keeps the view on what matters (the box of the selected units, else of every unit with
 * data). A filter change that leaves the fitted view where it is moves nothing: each move
 * redrew every circle and re-laid every name on the map.
 */
export function FitTo({ box, fallback }: { box: BBox | null; fallback: BBox }) {
  const map = useMap();
  const [west, south, east, north] = box ?? fallback;
  useEffect(() => {
    const bounds = latLngBounds([south, west], [north, east]).pad(0.25);
    // What map.fitBounds(bounds, { maxZoom }) would set, without setting it.
    const zoom = Math.min(MAX_FIT_ZOOM, map.getBoundsZoom(bounds));
    const middle = map
      .project(bounds.getSouthWest(), zoom)
      .add(map.project(bounds.getNorthEast(), zoom))
      .divideBy(2);
    const here = map.project(map.getCenter(), zoom);
    if (zoom === map.getZoom() && middle.distanceTo(here) < SAME_VIEW_PX) return;
    map.setView(map.unproject(middle, zoom), zoom, { animate: false });
  }, [map, west, south, east, north]);
  return null;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Credits the sources of the shapes in the map's attribution line (which Leaflet reads as HTML). */
export function Attribution({ text }: { text: string }) {
  const map = useMap();
  useEffect(() => {
    const control = map.attributionControl;
    const html = escapeHtml(text);
    control?.addAttribution(html);
    return () => {
      control?.removeAttribution(html);
    };
  }, [map, text]);
  return null;
}

/** Leaflet only follows window resizes; a printed page is another width, so re-measure around it. */
export function PrintResize() {
  const map = useMap();
  useEffect(() => {
    const remeasure = () => map.invalidateSize({ animate: false });
    window.addEventListener('beforeprint', remeasure);
    window.addEventListener('afterprint', remeasure);
    return () => {
      window.removeEventListener('beforeprint', remeasure);
      window.removeEventListener('afterprint', remeasure);
    };
  }, [map]);
  return null;
}
