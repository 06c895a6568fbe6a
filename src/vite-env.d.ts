/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_DATA_URL?: string;
  /** Development only: start msw with a scenario (normal, slow, error, malformed, large). */
  readonly VITE_SCENARIO?: string;
}
