import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from '@/lib/zod';
import { DatasetLoadError, fetchJson } from '@/data/fetch-json';
import {
  PROVINCES_TOPOJSON_PATH,
  readProvinceTopology,
  type ProvinceLayer,
  type ProvinceTopology,
} from './geodata/provinces';

const geometryCollection = z.object({
  type: z.literal('GeometryCollection'),
  geometries: z.array(
    z.object({ type: z.string(), properties: z.record(z.string(), z.unknown()) }),
  ),
});

/** Enough of the shape to decode safely; the asset itself is tested in geodata/provinces.test.ts. */
const provinceTopologySchema = z.object({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.object({ provinces: geometryCollection, archipelagos: geometryCollection }),
  metadata: z.object({ attribution: z.string() }),
});

export const provinceLayerUrl = `${import.meta.env.BASE_URL}${PROVINCES_TOPOJSON_PATH}`;

export async function fetchProvinceLayer(
  url: string,
  signal?: AbortSignal,
): Promise<ProvinceLayer> {
  const raw = await fetchJson(url, signal);
  const checked = provinceTopologySchema.safeParse(raw);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new DatasetLoadError('format', url, `${issue?.path.join('.')}: ${issue?.message}`);
  }
  try {
    return readProvinceTopology(raw as ProvinceTopology);
  } catch (error) {
    throw new DatasetLoadError(
      'format',
      url,
      error instanceof Error ? error.message : String(error),
    );
  }
}

export function provinceLayerQueryOptions(url: string = provinceLayerUrl) {
  return queryOptions({
    queryKey: ['geo', 'provinces', url],
    queryFn: ({ signal }) => fetchProvinceLayer(url, signal),
    staleTime: Infinity,
    structuralSharing: false,
  });
}

export function useProvinceLayer() {
  return useQuery(provinceLayerQueryOptions());
}
