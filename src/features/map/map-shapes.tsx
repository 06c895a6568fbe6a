import type {
  CircleMarker as LeafletCircleMarker,
  LatLngTuple,
  PathOptions,
  Renderer,
} from 'leaflet';
import { circleMarker } from 'leaflet';
import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { Marker, Polygon, Tooltip, useMap } from 'react-leaflet';
import { nameIcon } from './name-icon';
import { projectNearViewOnly } from './project-near-view';
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

// As for circles below: an area given a new style object is restyled, which in Leaflet sets
// all eight of its SVG style attributes; the provinces were all restyled (and laid out) on
// every filter change.
const areaStyles = new Map<string, PathOptions>();

function areaStyle(fill: string | null, selected: boolean, highlighted: boolean): PathOptions {
  const key = `${fill}-${selected}-${highlighted}`;
  let style = areaStyles.get(key);
  if (!style) {
    style = {
      color: selected ? selectedOutline : highlighted ? '#000' : areaOutline,
      weight: selected || highlighted ? 3 : 0.6,
      fillColor: fill ?? noDataFill,
      fillOpacity: fill === null ? 0.6 : 0.85,
    };
    areaStyles.set(key, style);
  }
  return style;
}

type AreaHandlers = Record<'click' | 'mouseover' | 'mouseout', () => void>;
const noHandlers = {};
// Likewise the handlers: an area given new ones has them unbound and bound again.
const handlersByCallbacks = new WeakMap<
  Interaction['onSelect'],
  WeakMap<Interaction['onHover'], Map<string, AreaHandlers>>
>();

function areaHandlers(
  onSelect: Interaction['onSelect'],
  onHover: Interaction['onHover'],
  unitId: string,
): AreaHandlers {
  let byHover = handlersByCallbacks.get(onSelect);
  if (!byHover) handlersByCallbacks.set(onSelect, (byHover = new WeakMap()));
  let byUnit = byHover.get(onHover);
  if (!byUnit) byHover.set(onHover, (byUnit = new Map()));
  let handlers = byUnit.get(unitId);
  if (!handlers) {
    handlers = {
      click: () => onSelect(unitId),
      mouseover: () => onHover(unitId),
      mouseout: () => onHover(null),
    };
    byUnit.set(unitId, handlers);
  }
  return handlers;
}

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
        ref={projectNearViewOnly}
        positions={latLngsOf(area.geometry)}
        className={`map-area map-area--${area.key}`}
        pathOptions={areaStyle(area.fill, selected, highlighted)}
        bubblingMouseEvents={false}
        eventHandlers={area.unitId ? areaHandlers(onSelect, onHover, area.unitId) : noHandlers}
      >
        <Tooltip sticky>{area.label}</Tooltip>
      </Polygon>
    );
  });
});

// The same style and the same point come as the same object, so that a circle is restyled or
// moved only when they really change.
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
          // A style is merged into the last one: a circle that gains data loses the dashes.
          dashArray: undefined,
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

/** Text as an element: Leaflet reads a string as HTML, and names come from the data. */
function textOf(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

interface DrawnCircle {
  layer: LeafletCircleMarker;
  symbol: DrawnSymbol;
  style: PathOptions;
}

/**
 * The unit circles, kept by hand: a React component per circle (with its tooltip) cost tens of
 * milliseconds per filter change on a national map, for circles whose radius is all that
 * changes. Each circle is touched only where its point, radius or style changes; its hover
 * text is made when it opens, from `describe`.
 */
export function UnitSymbols({
  symbols,
  renderer,
  pane,
  describe,
  selectedIds,
  highlightedId,
  onSelect,
  onHover,
}: {
  symbols: readonly DrawnSymbol[];
  renderer: Renderer | undefined;
  /** The map pane the circles are drawn in (when not on `renderer`'s canvas). */
  pane: string;
  /** The hover text of a unit's circle: its name and figure. */
  describe: (unitId: string) => string;
} & Interaction) {
  const map = useMap();
  const drawn = useRef(new Map<string, DrawnCircle>());
  const latest = useRef({ describe, onSelect, onHover });
  useLayoutEffect(() => {
    latest.current = { describe, onSelect, onHover };
    for (const { layer, symbol } of drawn.current.values()) {
      const tooltip = layer.getTooltip();
      if (tooltip?.isOpen()) tooltip.setContent(textOf(describe(symbol.unitId)));
    }
  }, [describe, onSelect, onHover]);

  useEffect(() => {
    const circles = drawn.current;
    const wanted = new Set<string>();
    for (const symbol of symbols) {
      const { unitId } = symbol;
      wanted.add(unitId);
      const style = symbolStyle(symbol.hasData, selectedIds.has(unitId), unitId === highlightedId);
      const circle = circles.get(unitId);
      if (!circle) {
        const layer = circleMarker(centerOf(symbol.lat, symbol.lon), {
          ...style,
          radius: symbol.radius,
          className: `map-unit map-unit--${unitId}`,
          renderer,
          pane,
        });
        layer.on({
          click: () => latest.current.onSelect(unitId),
          mouseover: () => latest.current.onHover(unitId),
          mouseout: () => latest.current.onHover(null),
        });
        // Bound once; faint for a circle without data, as it is when the text opens.
        layer.bindTooltip(() => textOf(latest.current.describe(unitId)), { direction: 'right' });
        layer.on('tooltipopen', ({ tooltip }) =>
          tooltip
            .getElement()
            ?.classList.toggle('map-label--faint', !circles.get(unitId)?.symbol.hasData),
        );
        circles.set(unitId, { layer: layer.addTo(map), symbol, style });
        continue;
      }
      const { layer, symbol: was } = circle;
      if (was.lat !== symbol.lat || was.lon !== symbol.lon)
        layer.setLatLng(centerOf(symbol.lat, symbol.lon));
      if (was.radius !== symbol.radius) layer.setRadius(symbol.radius);
      if (circle.style !== style) layer.setStyle(style);
      circle.symbol = symbol;
      circle.style = style;
    }
    for (const [unitId, { layer }] of circles)
      if (!wanted.has(unitId)) {
        layer.remove();
        circles.delete(unitId);
      }
  }, [map, symbols, selectedIds, highlightedId, renderer, pane]);

  // A new renderer (or map) draws every circle anew.
  useEffect(() => {
    const circles = drawn.current;
    return () => {
      for (const { layer } of circles.values()) layer.remove();
      circles.clear();
    };
  }, [map, renderer, pane]);
  return null;
}

/**
 * Names beside the circles of a close view. They are drawn as Leaflet tooltips look, but by
 * markers that CSS aligns: a tooltip measures itself on every move and every filter change,
 * a forced layout each, which made the first unit changes take seconds.
 */
export const UnitNames = memo(function UnitNames({ symbols }: { symbols: readonly DrawnSymbol[] }) {
  return symbols.map((symbol) => (
    <Marker
      key={symbol.unitId}
      position={centerOf(symbol.lat, symbol.lon)}
      icon={nameIcon(symbol.name, 'right', symbol.radius)}
      interactive={false}
      keyboard={false}
      pane="tooltipPane"
    />
  ));
});

/** Names at a point inside each shape, drawn once the map is close enough to hold them. */
export const AreaNames = memo(function AreaNames({
  names,
}: {
  names: readonly { key: string; name: string; at: LatLngTuple }[];
}) {
  return names.map((entry) => (
    <Marker
      key={entry.key}
      position={centerOf(entry.at[0], entry.at[1])}
      icon={nameIcon(entry.name, 'center', 0)}
      interactive={false}
      keyboard={false}
      pane="tooltipPane"
    />
  ));
});
