import { exerciseStatusCounts, type MapLayer, type UnitValue } from '@/domain/aggregate/map-values';
import type { Lang } from '@/domain/periods';
import type { Unit } from '@/domain/schema/unit';
import { statusLabels, unitTypeLabels } from '@/lib/i18n/labels';

interface DescriptionParts {
  layer: MapLayer;
  layerLabel: string;
  noData: string;
  lang: Lang;
  format: (value: number) => string;
}

/**
 * What a shape or a circle says on hover and to a screen reader (`describe`), such as
 * "Thủy Nguyên (Huyện) — Diễn tập: 3 (đã thực hiện: 2, …)", and the exercises by status
 * the unit list shows (`statusText`).
 */
export function unitDescriber({ layer, layerLabel, noData, lang, format }: DescriptionParts) {
  const statusText = (value: UnitValue | undefined) =>
    layer === 'exercises' && value
      ? [...exerciseStatusCounts(value.facts)]
          .map(
            ([status, count]) =>
              `${statusLabels[status as keyof typeof statusLabels][lang].toLowerCase()}: ${count}`,
          )
          .join(', ')
      : '';
  const describe = (name: string, value: UnitValue | undefined, unit?: Unit) => {
    const statuses = statusText(value);
    return `${name}${unit ? ` (${unitTypeLabels[unit.type][lang]})` : ''} — ${layerLabel}: ${
      value === undefined ? noData : format(value.value)
    }${statuses ? ` (${statuses})` : ''}`;
  };
  return { describe, statusText };
}
