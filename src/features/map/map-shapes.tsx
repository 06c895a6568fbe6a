import type { LatLngTuple, PathOptions, Renderer } from 'leaflet';
import { memo, useMemo } from 'react';
import { CircleMarker, Polygon, Tooltip } from 'react-leaflet';
import { areaOutline, noDataFill, okabeIto } from '@/lib/chart-theme';
import { polygonsOf, type AreaGeometry } from './geodata/geometry';

/** A shape on the map: a province, or a district or commune from a loaded boundary file. */
export interface DrawnArea {
  key: string;
  geometry: AreaGeometry;
  /** Hover text: the name and the figure. */
  label: string;
  unitId: string | undefined;
  /** The class colour, or null for "no data" (which is not zero). */
  fill: string | null;
}

/** A district or commune without a shape: a circle at its centre, sized by its figure. */
export interface DrawnSymbol {
  unitId: string;
  lat: number;
  lon: number;
  radius: number;
  hasData: boolean;
  label: string;
  name: string;
  /** Moved off a point it shares: its name stays in the hover text, not on the map. */
  displaced: boolean;
}

interface Interaction {
  selectedIds: ReadonlySet<string>;
  highlightedId: string | null;
  onSelect: (unitId: string) => void;
  onHover: (unitId: string | null) => void;
}

const latLngCache = new WeakMap<AreaGeometry, LatLngTuple[][][]>();

function latLngsOf(geometry: AreaGeometry): LatLngTuple[][][] {
  let cached = latLngCache.get(geometry);
  if (!cached) {
    cached = polygonsOf(geometry).map((rings) =>
      rings.map((ring) => ring.map((p): LatLngTuple => [p[1]!, p[0]!])),
    );
    latLngCache.set(geometry, cached);
  }
  return cached;
}

const selectedOutline = okabeIto.vermillion;

export const AreaShapes = memo(function AreaShapes({
  areas,
  selectedIds,
  highlightedId,
  onSelect,
  onHover,
}: { areas: readonly DrawnArea[] } & Interaction) {
  return areas.map((area) => {
    const selected = area.unitId !== undefined && selectedIds.has(area.unitId);
    const highlighted = area.unitId !== undefined && area.unitId === highlightedId;
    return (
      <Polygon
        key={area.key}
        positions={latLngsOf(area.geometry)}
        className={`map-area map-area--${area.key}`}
        pathOptions={{
          color: selected ? selectedOutline : highlighted ? '#000' : areaOutline,
          weight: selected || highlighted ? 3 : 0.6,
          fillColor: area.fill ?? noDataFill,
          fillOpacity: area.fill === null ? 0.6 : 0.85,
        }}
        bubblingMouseEvents={false}
        eventHandlers={
          area.unitId
            ? {
                click: () => onSelect(area.unitId!),
                mouseover: () => onHover(area.unitId!),
                mouseout: () => onHover(null),
              }
            : {}
        }
      >
        <Tooltip sticky>{area.label}</Tooltip>
      </Polygon>
    );
  });
});

// react-leaflet restyles and moves a marker whenever it is handed a new object, even an equal
// one: with hundreds of circles, every filter change did so for each. The same style and the
// same point now come as the same object, so only the markers that really change are touched.
const symbolStyles = new Map<string, PathOptions>();

function symbolStyle(hasData: boolean, selected: boolean, highlighted: boolean): PathOptions {
  const key = `${hasData}-${selected}-${highlighted}`;
  let style = symbolStyles.get(key);
  if (!style) {
    style = hasData
      ? {
          color: selected ? selectedOutline : highlighted ? '#000' : okabeIto.blue,
          weight: selected || highlighted ? 3 : 1,
          fillColor: okabeIto.blue,
          fillOpacity: 0.55,
        }
      : {
          color: selected ? selectedOutline : okabeIto.grey,
          weight: selected || highlighted ? 2 : 1,
          dashArray: '2 2',
          fillOpacity: 0,
        };
    symbolStyles.set(key, style);
  }
  return style;
}

const centers = new Map<string, LatLngTuple>();

function centerOf(lat: number, lon: number): LatLngTuple {
  const key = `${lat},${lon}`;
  let center = centers.get(key);
  if (!center) {
    center = [lat, lon];
    centers.set(key, center);
  }
  return center;
}

interface SymbolProps extends Pick<
  DrawnSymbol,
  'unitId' | 'lat' | 'lon' | 'radius' | 'hasData' | 'label'
> {
  selected: boolean;
  highlighted: boolean;
  onSelect: (unitId: string) => void;
  onHover: (unitId: string | null) => void;
  /** A canvas for many circles; none, an SVG element each. */
  renderer: Renderer | undefined;
}

// Primitive props so that a filter change re-renders only the circles whose figure changes:
// new handler objects made react-leaflet take every marker's listeners off and on again.
const UnitSymbol = memo(function UnitSymbol({
  unitId,
  lat,
  lon,
  radius,
  hasData,
  label,
  selected,
  highlighted,
  onSelect,
  onHover,
  renderer,
}: SymbolProps) {
  const eventHandlers = useMemo(
    () => ({
      click: () => onSelect(unitId),
      mouseover: () => onHover(unitId),
      mouseout: () => onHover(null),
    }),
    [unitId, onSelect, onHover],
  );
  return (
    <CircleMarker
      center={centerOf(lat, lon)}
      radius={radius}
      className={`map-unit map-unit--${unitId}`}
      pathOptions={symbolStyle(hasData, selected, highlighted)}
      eventHandlers={eventHandlers}
      renderer={renderer}
    >
      <Tooltip direction="right" className={hasData ? undefined : 'map-label--faint'}>
        {label}
      </Tooltip>
    </CircleMarker>
  );
});

export const UnitSymbols = memo(function UnitSymbols({
  symbols,
  renderer,
  selectedIds,
  highlightedId,
  onSelect,
  onHover,
}: { symbols: readonly DrawnSymbol[]; renderer: Renderer | undefined } & Interaction) {
  return symbols.map((symbol) => (
    <UnitSymbol
      key={symbol.unitId}
      unitId={symbol.unitId}
      lat={symbol.lat}
      lon={symbol.lon}
      radius={symbol.radius}
      hasData={symbol.hasData}
      label={symbol.label}
      selected={selectedIds.has(symbol.unitId)}
      highlighted={symbol.unitId === highlightedId}
      onSelect={onSelect}
      onHover={onHover}
      renderer={renderer}
    />
  ));
});

/**
 * Names beside the circles of a close view. They are permanent tooltips, each laid out by
 * Leaflet on every change, so the panel hands over only the few in view.
 */
export const UnitNames = memo(function UnitNames({ symbols }: { symbols: readonly DrawnSymbol[] }) {
  return symbols.map((symbol) => (
    <CircleMarker
      key={symbol.unitId}
      center={centerOf(symbol.lat, symbol.lon)}
      radius={0}
      stroke={false}
      interactive={false}
    >
      <Tooltip permanent direction="right" offset={[symbol.radius, 0]} className="map-unit-name">
        {symbol.name}
      </Tooltip>
    </CircleMarker>
  ));
});

/** Names at a point inside each shape, drawn once the map is close enough to hold them. */

export const AreaNames = memo(function AreaNames({
  names,
}: {
  names: readonly { key: string; name: string; at: LatLngTuple }[];
}) {
  return names.map((entry) => (
    <CircleMarker
      key={entry.key}
      center={centerOf(entry.at[0], entry.at[1])}
      radius={0}
      stroke={false}
      interactive={false}
    >
      <Tooltip permanent direction="center" className="map-area-name">
        {entry.name}
      </Tooltip>
    </CircleMarker>
  ));
});
