import { useMemo } from 'react';
import type { AreaFeature } from './geodata/geometry';
import type { BBox } from './geodata/geometry';
import type { ArchipelagoProperties, ProvinceProperties } from './geodata/provinces';
import { fitProjection, geometryPath } from './geodata/svg-path';

/** The whole country with Hoàng Sa and Trường Sa, wider than any province view. */
const COUNTRY: BBox = [102, 7.3, 117.6, 23.5];
const WIDTH = 120;
const { project, height } = fitProjection(COUNTRY, WIDTH);

/**
 * The country's outline, drawn once per province layer: the inset comes and goes as the view
 * leaves the archipelagos and reaches them again, and 63 provinces' points took a while.
 */
const landPaths = new WeakMap<readonly AreaFeature[], string>();

function landPath(provinces: readonly AreaFeature[]): string {
  let path = landPaths.get(provinces);
  if (path === undefined) {
    path = provinces.map((f) => geometryPath(f.geometry, project)).join('');
    landPaths.set(provinces, path);
  }
  return path;
}

interface InsetMapProps {
  provinces: readonly AreaFeature<ProvinceProperties>[];
  archipelagos: readonly AreaFeature<ArchipelagoProperties>[];
  /** The main map's view, outlined on the inset. */
  view: BBox | null;
  label: string;
  archipelagoLabel: (feature: ArchipelagoProperties) => string;
}

/**
 * A locator of the whole country, drawn when the archipelagos are out of the main view: Hoàng
 * Sa and Trường Sa stay on screen as Vietnamese territory, and the reader sees where the view is.
 */
export function InsetMap({
  provinces,
  archipelagos,
  view,
  label,
  archipelagoLabel,
}: InsetMapProps) {
  const land = landPath(provinces);
  const islands = useMemo(
    () =>
      archipelagos.map((f) => ({
        key: f.properties.id,
        d: geometryPath(f.geometry, project),
        at: project(f.properties.label),
        text: archipelagoLabel(f.properties),
      })),
    [archipelagos, archipelagoLabel],
  );
  const topLeft = view && project([view[0], view[3]]);
  const bottomRight = view && project([view[2], view[1]]);
  return (
    <svg
      className="map-inset"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${Math.ceil(height)}`}
      width={WIDTH}
      height={Math.ceil(height)}
    >
      <path d={land} className="map-inset__land" />
      {islands.map((island) => (
        <g key={island.key}>
          <path d={island.d} className="map-inset__islands" />
          <text
            x={island.at[0] - 4}
            y={island.at[1] - 6}
            className="map-inset__label"
            textAnchor="end"
          >
            {island.text}
          </text>
        </g>
      ))}
      {topLeft && bottomRight && (
        <rect
          className="map-inset__view"
          x={topLeft[0]}
          y={topLeft[1]}
          width={Math.max(2, bottomRight[0] - topLeft[0])}
          height={Math.max(2, bottomRight[1] - topLeft[1])}
        />
      )}
    </svg>
  );
}
