/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_DATA_URL?: string;
  /** Development only: start msw with a scenario (normal, slow, error, malformed, large). */
  readonly VITE_SCENARIO?: string;
  /** Optional tile URL template of the deployment's own tile server. */
  readonly VITE_TILE_URL?: string;
  readonly VITE_TILE_ATTRIBUTION?: string;
  readonly VITE_BOUNDARIES_URL?: string;
}
