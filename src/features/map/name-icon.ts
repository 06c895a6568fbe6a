import { divIcon, type DivIcon } from 'leaflet';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Where a name sits: right of a circle (past its radius), or centred on its point. */
export type NameSide = 'right' | 'center';

/**
 * The HTML of a name on the map: a `.leaflet-tooltip` (so it looks and exports as the tooltip
 * names did) aligned by a CSS transform on its own size, which needs no measuring.
 */
export function nameHtml(name: string, side: NameSide, offset: number): string {
  const kind = side === 'right' ? 'map-unit-name' : 'map-area-name';
  const shift = side === 'right' ? `${offset}px, -50%` : '-50%, -50%';
  return `<span class="leaflet-tooltip leaflet-tooltip-${side} ${kind}" role="tooltip" style="opacity: 0.9; transform: translate(${shift})">${escapeHtml(name)}</span>`;
}

const icons = new Map<string, DivIcon>();

/** The same icon object for the same name: a new one makes Leaflet rebuild the marker's element. */
export function nameIcon(name: string, side: NameSide, offset: number): DivIcon {
  const html = nameHtml(name, side, offset);
  let icon = icons.get(html);
  if (!icon) {
    // No size: the icon's box is the point itself, and the name is placed from there.
    icon = divIcon({ html, className: 'map-name', iconSize: undefined });
    icons.set(html, icon);
  }
  return icon;
}
