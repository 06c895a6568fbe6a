/** Where the dataset comes from: the file shipped with the app, or a deployment's own endpoint. */
export const dataUrl: string =
  import.meta.env.VITE_DATA_URL || `${import.meta.env.BASE_URL}data/qpdp-dataset.json`;

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
