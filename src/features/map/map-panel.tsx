import 'leaflet/dist/leaflet.css';
import { useCallback, useMemo, useState, type DragEvent } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { MapContainer, Pane, TileLayer } from 'react-leaflet';
import { useSymbolRenderer } from './use-symbol-renderer';
import { ChartPanel } from '@/components/chart-panel';
import { tileAttribution, tileUrl } from '@/config/env';
import { mapLayers, unitValues, type MapLayer } from '@/domain/aggregate/map-values';
import type { DatasetIndex } from '@/domain/dataset-index';
import type { FactRows } from '@/domain/aggregate/fact-rows';
import type { Report } from '@/domain/schema/report';
import type { Unit } from '@/domain/schema/unit';
import { describeLoadError } from '@/components/describe-load-error';
import { sequentialClasses } from '@/lib/chart-theme';
import { formatNumber, formatPercent } from '@/lib/format';
import { levelLabels } from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';
import { BoundaryControl } from './boundaries/boundary-control';
import { bboxContains, type BBox } from './geodata/geometry';
import { InsetMap } from './inset-map';
import { MapLegend } from './map-legend';
import { focusBox } from './map-focus';
import { MapList } from './map-list';
import { buildMapModel, mapGeography } from './map-model';
import { AreaNames, AreaShapes, UnitNames, UnitSymbols, type DrawnArea } from './map-shapes';
import { Attribution, FitTo, PrintResize, ViewWatch, type ViewState } from './map-view';
import { mapSnapshot } from './map-snapshot';
import { useProvinceLayer } from './province-layer-query';
import { panelSources } from '@/features/charts/source-line';
import type { RenderImageOptions } from '@/features/export/panel-image';
import { useDrawnSymbols } from './use-drawn-symbols';
import { useBoundaryLayer } from './use-boundaries';
import { unitDescriber } from './unit-description';

export interface MapPanelProps {
  index: DatasetIndex;
  reports: readonly Report[];
  facts: FactRows;
  subtitle: string;
  layer: MapLayer;
  onLayerChange: (layer: MapLayer) => void;
  selectedUnitIds: readonly string[];
  onUnitClick: (unitId: string) => void;
}

/** The three provinces of the seed reports, before anything else is known. */
const NORTH: BBox = [105.3, 20.5, 107.2, 21.6];
/** Province names pile up below this zoom. */
const PROVINCE_NAME_ZOOM = 7;
/** The colour of a shaded class; null for a unit without data. */
const fillOf = (colourClass: number | null, breaks: readonly number[]) =>
  colourClass === null ? null : (sequentialClasses(breaks.length)[colourClass] ?? null);

export default function MapPanel({
  index,
  reports,
  facts,
  subtitle,
  layer,
  onLayerChange,
  selectedUnitIds,
  onUnitClick,
}: MapPanelProps) {
  const { t, lang } = useT();
  const units = index.dataset.units;
  const provinceLayer = useProvinceLayer();
  const boundaries = useBoundaryLayer(units);
  const symbolRenderer = useSymbolRenderer(units.length, 'units');
  const [view, setView] = useState<ViewState | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [leafletMap, setLeafletMap] = useState<LeafletMap | null>(null);
  const renderImage = useCallback(
    async (options: RenderImageOptions) => {
      if (!leafletMap) throw new Error('the map is not drawn yet');
      return mapSnapshot(leafletMap.getContainer(), options);
    },
    [leafletMap],
  );
  const values = useMemo(() => unitValues(reports, facts, layer), [reports, facts, layer]);
  const geography = useMemo(
    () => mapGeography(units, provinceLayer.data?.provinces ?? [], boundaries.layer),
    [units, provinceLayer.data, boundaries.layer],
  );
  const model = useMemo(() => buildMapModel(geography, values), [geography, values]);
  const selectedIds = useMemo(() => new Set(selectedUnitIds), [selectedUnitIds]);

  const layerLabel = t(`map.layer.${layer}`);
  const format = useCallback(
    (value: number) => (layer === 'quota' ? formatPercent(value, lang) : formatNumber(value, lang)),
    [layer, lang],
  );
  const unitName = (unit: Unit) => unit.name[lang];
  const { describe, statusText } = unitDescriber({
    layer,
    layerLabel,
    noData: t('map.noData'),
    lang,
    format,
  });

  const areas = useMemo(
    (): DrawnArea[] => [
      ...model.provinces.map(({ feature, shade }) => ({
        key: `p${feature.properties.gso}`,
        geometry: feature.geometry,
        unitId: shade.unit?.id,
        fill: fillOf(shade.colourClass, model.provinceBreaks),
        label: shade.unit
          ? describe(unitName(shade.unit), shade.value, shade.unit)
          : `${lang === 'vi' ? feature.properties.nameViFull : feature.properties.nameEn} — ${t('map.notInData')}`,
      })),
      ...(provinceLayer.data?.archipelagos ?? []).flatMap((feature) =>
        feature.geometry
          ? [
              {
                key: `a${feature.properties.id}`,
                geometry: feature.geometry,
                unitId: undefined,
                fill: null,
                label: t('map.archipelagoTip', {
                  name: feature.properties.nameVi,
                  district: feature.properties.districtNameVi,
                  province: feature.properties.provinceNameVi,
                }),
              },
            ]
          : [],
      ),
      ...model.boundaries.map(({ feature, shade }, i) => ({
        key: `b${i}`,
        geometry: feature.geometry,
        unitId: shade.unit?.id,
        fill: fillOf(shade.colourClass, model.boundaryBreaks),
        label: shade.unit
          ? describe(unitName(shade.unit), shade.value, shade.unit)
          : `${shade.code} — ${t('map.notInData')}`,
      })),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- describe and unitName follow lang and layer
    [model, provinceLayer.data, lang, layer, t],
  );
  const zoom = view?.zoom ?? 0;
  const { symbols, unitNames, hiddenWithFigure } = useDrawnSymbols(model, view, selectedIds, lang);
  // Hover texts are made on hover only: thousands of them per filter change were wasted.
  const placedById = useMemo(() => new Map(model.symbols.map((s) => [s.unit.id, s])), [model]);
  const describeSymbol = useCallback(
    (unitId: string) => {
      const placed = placedById.get(unitId);
      if (!placed) return '';
      return `${describe(unitName(placed.unit), placed.value, placed.unit)}${
        placed.unit.center?.approximate ? ` (${t('map.approximatePlace')})` : ''
      }`;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- describe and unitName follow lang and layer
    [placedById, lang, layer, t],
  );
  const namesShown = zoom >= PROVINCE_NAME_ZOOM;
  const provinceNames = useMemo(
    () =>
      namesShown
        ? model.provinces.map(({ feature }) => ({
            key: feature.properties.gso,
            name: lang === 'vi' ? feature.properties.nameVi : feature.properties.nameEn,
            at: [feature.properties.label[1], feature.properties.label[0]] as [number, number],
          }))
        : [],
    [namesShown, model.provinces, lang],
  );

  const focus = useMemo(
    () =>
      focusBox(
        selectedUnitIds.length > 0 ? selectedUnitIds : model.entries.map((e) => e.unit.id),
        [...model.provinces, ...model.boundaries],
        (id) => index.units.byId.get(id)?.center ?? undefined,
      ),
    [selectedUnitIds, model, index],
  );

  const archipelagos = provinceLayer.data?.archipelagos ?? [];
  const archipelagosInView =
    view !== null && archipelagos.every((f) => bboxContains(view.bounds, f.properties.label));

  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void boundaries.loadFile(file);
  };

  const symbolValues = model.symbols.flatMap((s) => (s.value ? [s.value.value] : []));
  return (
    <ChartPanel
      id="map"
      title={t('map.title')}
      subtitle={subtitle}
      chart={
        <div className="map-panel">
          <div className="map-panel__controls">
            <label className="chart-control">
              {t('map.layer')}{' '}
              <select value={layer} onChange={(e) => onLayerChange(e.target.value as MapLayer)}>
                {mapLayers.map((option) => (
                  <option key={option} value={option}>
                    {t(`map.layer.${option}`)}
                  </option>
                ))}
              </select>
            </label>
            <BoundaryControl
              layer={boundaries.layer}
              origin={boundaries.origin}
              problem={boundaries.problem}
              saveError={boundaries.saveError}
              onFile={(file) => void boundaries.loadFile(file)}
              onRemove={boundaries.remove}
            />
          </div>
          {provinceLayer.error && (
            <p className="notice notice--error" role="alert">
              {t('map.provincesError', { detail: describeLoadError(provinceLayer.error, t) })}
            </p>
          )}
          <div className="map-panel__body">
            <div
              className="map-panel__frame"
              onDragOver={(event) => event.preventDefault()}
              onDrop={onDrop}
            >
              <MapContainer
                ref={setLeafletMap}
                className="map-panel__map"
                bounds={[
                  [NORTH[1], NORTH[0]],
                  [NORTH[3], NORTH[2]],
                ]}
                scrollWheelZoom={false}
              >
                {tileUrl && <TileLayer url={tileUrl} attribution={tileAttribution} />}
                {provinceLayer.data && <Attribution text={provinceLayer.data.attribution} />}
                <Attribution text={t('map.coordinatesCredit')} />
                <FitTo box={focus} fallback={NORTH} />
                <ViewWatch onView={setView} />
                <PrintResize />
                <Pane name="areas" style={{ zIndex: 390 }}>
                  <AreaShapes
                    areas={areas}
                    selectedIds={selectedIds}
                    highlightedId={hovered}
                    onSelect={onUnitClick}
                    onHover={setHovered}
                  />
                </Pane>
                <Pane name="units" style={{ zIndex: 410 }}>
                  <UnitSymbols
                    symbols={symbols}
                    renderer={symbolRenderer}
                    pane="units"
                    describe={describeSymbol}
                    selectedIds={selectedIds}
                    highlightedId={hovered}
                    onSelect={onUnitClick}
                    onHover={setHovered}
                  />
                </Pane>
                <AreaNames names={provinceNames} />
                <UnitNames symbols={unitNames} />
              </MapContainer>
              {provinceLayer.data && !archipelagosInView && (
                <InsetMap
                  provinces={provinceLayer.data.provinces}
                  archipelagos={archipelagos}
                  view={view?.bounds ?? null}
                  label={t('map.inset')}
                  archipelagoLabel={(p) => p.nameVi.replace(/^Quần đảo /, '')}
                />
              )}
            </div>
            <MapList
              index={index}
              entries={model.entries}
              heading={t('map.listHeading', { layer: layerLabel })}
              formatValue={format}
              detail={(entry) => statusText(entry.value)}
              selectedIds={selectedIds}
              onSelect={onUnitClick}
              onHover={setHovered}
            />
          </div>
          <MapLegend
            layerLabel={layerLabel}
            format={format}
            scales={[
              {
                caption: t('map.legendAreas'),
                breaks: model.provinceBreaks,
                values: model.provinces.flatMap((a) =>
                  a.shade.value ? [a.shade.value.value] : [],
                ),
              },
              {
                caption: t('map.legendBoundaries'),
                breaks: model.boundaryBreaks,
                values: model.boundaries.flatMap((a) =>
                  a.shade.value ? [a.shade.value.value] : [],
                ),
              },
            ]}
            symbolRange={
              symbolValues.length > 0
                ? { min: Math.min(...symbolValues), max: Math.max(...symbolValues) }
                : null
            }
          />
          {!tileUrl && <p className="muted small">{t('map.noTiles')}</p>}
        </div>
      }
      data={{
        caption: `${t('map.list')} — ${layerLabel} — ${subtitle}`,
        rows: model.entries,
        rowKey: (entry) => entry.unit.id,
        columns: [
          {
            key: 'unit',
            header: t('charts.unit'),
            value: (entry) => unitName(entry.unit),
            render: (entry) => (
              <button
                type="button"
                className="link-button"
                onClick={() => onUnitClick(entry.unit.id)}
              >
                {unitName(entry.unit)}
              </button>
            ),
          },
          {
            key: 'code',
            header: t('map.code'),
            value: (entry) => entry.unit.adminCode,
          },
          {
            key: 'level',
            header: t('fact.level'),
            value: (entry) => levelLabels[entry.unit.level][lang],
          },
          {
            key: 'value',
            header: `${t('map.value')} — ${layerLabel}`,
            numeric: true,
            value: (entry) => entry.value.value,
            render: (entry) => format(entry.value.value),
          },
        ],
      }}
      sources={panelSources(
        index,
        () => model.entries.flatMap((entry) => entry.value.reportIds),
        lang,
      )}
      renderImage={renderImage}
      notes={
        <>
          {hiddenWithFigure > 0 && (
            <p className="muted small" data-testid="map-zoom-for-more">
              {t('map.zoomForMore', { count: formatNumber(hiddenWithFigure, lang) })}
            </p>
          )}
          <p className="muted small">{t('charts.clickToFilter')}</p>
        </>
      }
    />
  );
}
