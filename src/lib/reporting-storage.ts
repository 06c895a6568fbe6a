import type { StateStorage } from 'zustand/middleware';

/**
 * localStorage that reports a refused write (quota, private mode) to `onResult` instead of
 * throwing from a click handler or losing it silently; `null` says the write went through.
 */
export function reportingStorage(onResult: (error: string | null) => void): StateStorage {
  return {
    getItem: (name) => localStorage.getItem(name),
    setItem: (name, value) => {
      try {
        localStorage.setItem(name, value);
        onResult(null);
      } catch (error) {
        onResult(error instanceof Error ? error.message : String(error));
      }
    },
    removeItem: (name) => localStorage.removeItem(name),
  };
}
