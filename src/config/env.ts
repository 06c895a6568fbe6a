/**
 * A load test's file, named by `?data=synthetic-100k`: it is read from `bench-data/` on the
 * app's own origin, which only the benchmark's server provides. A plain name, never a path or
 * a URL, so a link cannot point the app at another place.
 */
export function benchDataUrl(search: string, base = '/'): string | null {
  const name = new URLSearchParams(search).get('data');
  return name && /^[a-z0-9][a-z0-9-]{0,63}$/.test(name) ? `${base}bench-data/${name}.json` : null;
}

/** Where the dataset comes from: the file shipped with the app, or a deployment's own endpoint. */
export const dataUrl: string =
  (typeof window !== 'undefined' &&
    benchDataUrl(window.location.search, import.meta.env.BASE_URL)) ||
  import.meta.env.VITE_DATA_URL ||
  `${import.meta.env.BASE_URL}data/qpdp-dataset.json`;

/**
 * A deployment's own tile server, e.g. "https://tiles.intranet/{z}/{x}/{y}.png". Empty by
 * default: the app then requests no tiles at all and draws only its own shapes.
 */
export const tileUrl: string = import.meta.env.VITE_TILE_URL ?? '';
export const tileAttribution: string = import.meta.env.VITE_TILE_ATTRIBUTION ?? '';

/**
 * A deployment's own district or commune boundaries (GeoJSON or TopoJSON on its own server),
 * joined to the units on their GSO codes. Empty by default: districts and communes are markers.
 */
export const boundariesUrl: string = import.meta.env.VITE_BOUNDARIES_URL ?? '';
