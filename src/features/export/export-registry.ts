import { createContext, useContext, useEffect, useRef } from 'react';
import type { PanelExport } from './panel-export';

export interface Registry {
  register: (id: string, current: () => PanelExport) => () => void;
  /** Every registered panel, in the order they appear on the page. */
  list: () => PanelExport[];
}

export function createRegistry(): Registry {
  const panels = new Map<string, () => PanelExport>();
  return {
    register: (id, current) => {
      panels.set(id, current);
      return () => {
        if (panels.get(id) === current) panels.delete(id);
      };
    },
    list: () =>
      [...panels.values()]
        .map((current) => current())
        .sort((a, b) => {
          const [x, y] = [a.element(), b.element()];
          if (!x || !y) return 0;
          return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
        }),
  };
}

export const RegistryContext = createContext<Registry | null>(null);

export const useExportRegistry = () => useContext(RegistryContext);

/** Adds a panel to the surrounding registry, if any, for as long as it is mounted and given. */
export function useRegisterExport(exporter: PanelExport | null) {
  const registry = useContext(RegistryContext);
  const latest = useRef(exporter);
  useEffect(() => {
    latest.current = exporter;
  });
  const id = exporter?.id;
  useEffect(() => {
    if (!registry || id === undefined) return;
    return registry.register(id, () => latest.current as PanelExport);
  }, [registry, id]);
}
