import 'leaflet/dist/leaflet.css';
import { latLngBounds, type LatLngBoundsExpression } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import {
  CircleMarker,
  MapContainer,
  TileLayer,
  Tooltip,
  useMap,
  useMapEvents,
} from 'react-leaflet';
import { ChartPanel } from '@/components/chart-panel';
import { DataTable } from '@/components/ui/data-table';
import { tileAttribution, tileUrl } from '@/config/env';
import {
  mapLayers,
  unitValues,
  type MapLayer,
  type UnitValue,
} from '@/domain/aggregate/map-values';
import type { DatasetIndex } from '@/domain/dataset-index';
import type { Fact } from '@/domain/schema/fact';
import type { Report } from '@/domain/schema/report';
import type { Unit } from '@/domain/schema/unit';
import { okabeIto } from '@/lib/chart-theme';
import { formatNumber } from '@/lib/format';
import { levelLabels, unitTypeLabels } from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';

export interface MapPanelProps {
  index: DatasetIndex;
  reports: readonly Report[];
  facts: readonly Fact[];
  subtitle: string;
  selectedUnitIds: readonly string[];
  onUnitClick: (unitId: string) => void;
}

interface Placed {
  unit: Unit;
  lat: number;
  lon: number;
  value: UnitValue | undefined;
}

const NORTH: LatLngBoundsExpression = [
  [20.5, 105.3],
  [21.6, 107.2],
];

/** Keeps the view on what matters: the selected units, else every unit with data. */
function FitTo({ points }: { points: Placed[] }) {
  const map = useMap();
  const key = points.map((p) => p.unit.id).join(',');
  useEffect(() => {
    if (points.length === 0) return;
    const bounds = latLngBounds(points.map((p) => [p.lat, p.lon]));
    map.fitBounds(bounds.pad(0.3), { maxZoom: 11, animate: false });
    // The key stands for the points: refit only when the set of units changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, key]);
  return null;
}

/** Names stay on screen once the map is close enough for them not to pile up. */
const LABEL_ZOOM = 10;

function ZoomWatch({ onZoom }: { onZoom: (zoom: number) => void }) {
  const map = useMapEvents({ zoomend: () => onZoom(map.getZoom()) });
  useEffect(() => onZoom(map.getZoom()), [map, onZoom]);
  return null;
}

export default function MapPanel({
  index,
  reports,
  facts,
  subtitle,
  selectedUnitIds,
  onUnitClick,
}: MapPanelProps) {
  const { t, lang } = useT();
  const [layer, setLayer] = useState<MapLayer>('reports');
  const [zoom, setZoom] = useState(0);
  const labelled = zoom >= LABEL_ZOOM;
  const values = useMemo(() => unitValues(reports, facts, layer), [reports, facts, layer]);
  const placed = useMemo(
    () =>
      index.dataset.units.flatMap((unit): Placed[] =>
        unit.center && unit.level !== 'national' && unit.level !== 'military-region'
          ? [{ unit, lat: unit.center.lat, lon: unit.center.lon, value: values.get(unit.id) }]
          : [],
      ),
    [index, values],
  );
  const withData = placed.filter((p) => p.value);
  const selected = placed.filter((p) => selectedUnitIds.includes(p.unit.id));
  const max = Math.max(1, ...withData.map((p) => p.value?.value ?? 0));
  const radius = (value: number) => 5 + 16 * Math.sqrt(value / max);
  const unplaced = [...values.keys()].filter((id) => !index.units.byId.get(id)?.center);
  const name = (unit: Unit) => unit.name[lang];
  const formatValue = (p: Placed) =>
    p.value ? formatNumber(p.value.value, lang) : t('map.noData');
  const describe = (p: Placed) =>
    `${name(p.unit)} (${unitTypeLabels[p.unit.type][lang]}) — ${t(`map.layer.${layer}`)}: ${formatValue(p)}`;

  return (
    <ChartPanel
      id="map"
      title={t('map.title')}
      subtitle={subtitle}
      chart={
        <div className="map-panel">
          <label className="chart-control">
            {t('map.layer')}{' '}
            <select value={layer} onChange={(e) => setLayer(e.target.value as MapLayer)}>
              {mapLayers.map((option) => (
                <option key={option} value={option}>
                  {t(`map.layer.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <MapContainer
            className="map-panel__map"
            bounds={NORTH}
            scrollWheelZoom={false}
            preferCanvas={false}
          >
            {tileUrl && <TileLayer url={tileUrl} attribution={tileAttribution} />}
            <FitTo points={selected.length > 0 ? selected : withData} />
            <ZoomWatch onZoom={setZoom} />
            {placed
              .filter((p) => !p.value)
              .map((p) => (
                <CircleMarker
                  key={p.unit.id}
                  center={[p.lat, p.lon]}
                  radius={4}
                  pathOptions={{
                    color: okabeIto.grey,
                    weight: 1,
                    dashArray: '2 2',
                    fillOpacity: 0,
                  }}
                  eventHandlers={{ click: () => onUnitClick(p.unit.id) }}
                >
                  <Tooltip
                    key={String(labelled)}
                    permanent={labelled}
                    direction="right"
                    className="map-label--faint"
                  >
                    {labelled ? name(p.unit) : describe(p)}
                  </Tooltip>
                </CircleMarker>
              ))}
            {withData
              .sort((a, b) => (b.value?.value ?? 0) - (a.value?.value ?? 0))
              .map((p) => (
                <CircleMarker
                  key={p.unit.id}
                  center={[p.lat, p.lon]}
                  radius={radius(p.value?.value ?? 0)}
                  pathOptions={{
                    color: selectedUnitIds.includes(p.unit.id) ? '#000' : okabeIto.blue,
                    weight: selectedUnitIds.includes(p.unit.id) ? 3 : 1,
                    fillColor: okabeIto.blue,
                    fillOpacity: 0.55,
                  }}
                  eventHandlers={{ click: () => onUnitClick(p.unit.id) }}
                >
                  {/* Leaflet reads `permanent` once: a new key remounts the tooltip when it changes. */}
                  <Tooltip key={String(labelled)} permanent={labelled} direction="right">
                    {labelled ? name(p.unit) : describe(p)}
                  </Tooltip>
                </CircleMarker>
              ))}
          </MapContainer>
          <p className="muted small">
            <svg width="14" height="14" aria-hidden="true">
              <circle
                cx="7"
                cy="7"
                r="5"
                fill={okabeIto.blue}
                fillOpacity="0.55"
                stroke={okabeIto.blue}
              />
            </svg>{' '}
            {t('map.legendSize', {
              min: formatNumber(Math.min(...withData.map((p) => p.value?.value ?? 0)), lang),
              max: formatNumber(max, lang),
            })}{' '}
            ·{' '}
            <svg width="14" height="14" aria-hidden="true">
              <circle
                cx="7"
                cy="7"
                r="4"
                fill="none"
                stroke={okabeIto.grey}
                strokeDasharray="2 2"
              />
            </svg>{' '}
            {t('map.noData')}
          </p>
          {!tileUrl && <p className="muted small">{t('map.noTiles')}</p>}
          {unplaced.length > 0 && (
            <p className="muted small">
              {t('map.unitsWithoutPlace', {
                count: unplaced.length,
                units: unplaced.map((id) => index.units.byId.get(id)?.name[lang] ?? id).join(', '),
              })}
            </p>
          )}
        </div>
      }
      table={
        <DataTable
          caption={`${t('map.list')} — ${t(`map.layer.${layer}`)} — ${subtitle}`}
          rows={placed.filter((p) => p.value)}
          rowKey={(p) => p.unit.id}
          sortLabel={(column) => t('charts.sortBy', { column })}
          columns={[
            {
              key: 'unit',
              header: t('charts.unit'),
              sortValue: (p) => name(p.unit),
              render: (p) => (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onUnitClick(p.unit.id)}
                >
                  {name(p.unit)}
                </button>
              ),
            },
            {
              key: 'level',
              header: t('fact.level'),
              sortValue: (p) => p.unit.level,
              render: (p) => levelLabels[p.unit.level][lang],
            },
            {
              key: 'value',
              header: t('map.value'),
              numeric: true,
              sortValue: (p) => p.value?.value,
              render: formatValue,
            },
          ]}
        />
      }
      notes={<p className="muted small">{t('charts.clickToFilter')}</p>}
    />
  );
}
