import type { Map as LeafletMap, Polygon } from 'leaflet';

/** Shapes this far beyond the view (a share of its width and height on each side) are projected. */
const NEAR_VIEW = 0.5;

/** The parts of Leaflet's path that turn its points into pixels and draw them. */
interface ProjectedPath {
  _map: LeafletMap | null | undefined;
  _project(): void;
  _update(): void;
  _rings: unknown[];
  _rawPxBounds: unknown;
  _pxBounds: unknown;
}

const patched = new WeakSet<Polygon>();

/**
 * Leaflet projects every point of every shape it holds at each zoom (twice per zoom, in
 * fact), then clips the shapes to the view. On a national map zoomed to one province that
 * projected the whole country's borders to draw a few of them: about a tenth of a unit
 * change at national scale. A shape patched here is projected only while it is near the view;
 * far from it, it keeps no pixels and draws nothing (as Leaflet's clipping would leave it),
 * and the move that brings it near projects it.
 *
 * Leaflet 1.9's `_project` and `_update` are private: map.e2e.ts checks that a province far
 * from the view is drawn once zooming out reaches it.
 */
export function projectNearViewOnly(layer: Polygon | null): void {
  if (!layer || patched.has(layer)) return;
  patched.add(layer);
  const path = layer as unknown as ProjectedPath;
  const project = path._project;
  const update = path._update;
  let unprojected = false;
  const isNear = () => {
    const map = path._map;
    return !!map && map.getBounds().pad(NEAR_VIEW).intersects(layer.getBounds());
  };
  path._project = () => {
    unprojected = !isNear();
    if (!unprojected) return project.call(path);
    path._rings = [];
    path._rawPxBounds = undefined;
    path._pxBounds = undefined;
  };
  path._update = () => {
    if (unprojected && isNear()) {
      unprojected = false;
      project.call(path);
    }
    update.call(path);
  };
}
