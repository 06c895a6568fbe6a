import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { DatasetIndex } from '@/domain/dataset-index';
import { parseFilterSearch, searchText, serializeFilterSearch } from './filter-url';
import { useFilterStore } from './filter-store';

/** Parameters that belong to the page, not the filter: a filter change keeps them. */
const KEPT = ['slides', 'slide', 'wall', 'scenario', 'data'];

function withKept(search: string): string {
  const current = new URLSearchParams(window.location.search);
  const next = new URLSearchParams(search);
  for (const key of KEPT) {
    const value = current.get(key);
    if (value !== null) next.set(key, value);
  }
  return searchText(next);
}

/** The query string without the page's own parameters: the part the filter writes. */
function filterPart(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of KEPT) params.delete(key);
  return searchText(params);
}

/**
 * Keeps the filter store and the query string in step, both ways: a link opens the view
 * it describes, each change is a history entry (back and forward work), and unit ids that
 * the loaded data does not know are dropped with a notice.
 */
export function useFilterUrlSync(index: DatasetIndex | undefined) {
  const location = useLocation();
  const navigate = useNavigate();
  const lastWritten = useRef<string | null>(null);

  useEffect(() => {
    // What the filter wrote itself, beside a kept parameter, is not a new link to load: loading
    // it again would drop the notice about the parts of the first link it could not use.
    if (filterPart(location.search) === lastWritten.current) return;
    const { state, problems } = parseFilterSearch(location.search);
    lastWritten.current = serializeFilterSearch(state);
    useFilterStore.getState().loadFromUrl(state, problems);
  }, [location.search]);

  useEffect(
    () =>
      useFilterStore.subscribe((s, previous) => {
        if (
          s.filter === previous.filter &&
          s.zoomYear === previous.zoomYear &&
          s.mapLayer === previous.mapLayer
        )
          return;
        const search = serializeFilterSearch(s);
        if (search === lastWritten.current) return;
        lastWritten.current = search;
        navigate({ search: withKept(search) }, { replace: s.replaceHistory });
      }),
    [navigate],
  );

  useEffect(() => {
    if (!index) return;
    const { filter, zoomYear, addProblems } = useFilterStore.getState();
    const unknown = filter.unitIds.filter((id) => !index.units.byId.has(id));
    if (unknown.length === 0) return;
    addProblems(
      unknown.map((value) => ({ param: 'unit', value, reason: 'unknown-unit' as const })),
    );
    useFilterStore.setState({
      filter: { ...filter, unitIds: filter.unitIds.filter((id) => index.units.byId.has(id)) },
      zoomYear,
      replaceHistory: true,
    });
  }, [index, location.search]);
}
