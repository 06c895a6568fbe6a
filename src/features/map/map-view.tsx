import { latLngBounds } from 'leaflet';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { BBox } from './geodata/geometry';

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

/** Keeps the view on what matters: the selected units, else every unit with data. */
export function FitTo({ boxes, fallback }: { boxes: readonly BBox[]; fallback: BBox }) {
  const map = useMap();
  const target = boxes.length > 0 ? boxes : [fallback];
  const key = target.map((b) => b.join(',')).join(';');
  useEffect(() => {
    const bounds = latLngBounds(
      target.flatMap((b) => [[b[1], b[0]] as [number, number], [b[3], b[2]] as [number, number]]),
    );
    map.fitBounds(bounds.pad(0.25), { maxZoom: 11, animate: false });
    // The key stands for the boxes: refit only when they change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, key]);
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
