import { cloneWithStyles, inLightTheme } from '@/features/export/capture';
import type { RenderImageOptions } from '@/features/export/panel-image';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The map as one SVG for export. Leaflet draws each pane as its own SVG moved by CSS
 * transforms, and names as HTML tooltips; both are placed where they appear on screen,
 * relative to the map's box, so the picture matches the view, inset included.
 */
export function mapSnapshot(container: HTMLElement, { width }: RenderImageOptions): SVGSVGElement {
  return inLightTheme(() => {
    const frame = container.getBoundingClientRect();
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('xmlns', SVG_NS);
    svg.setAttribute('viewBox', `0 0 ${frame.width} ${frame.height}`);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(Math.round((frame.height * width) / frame.width)));

    const sea = document.createElementNS(SVG_NS, 'rect');
    sea.setAttribute('width', String(frame.width));
    sea.setAttribute('height', String(frame.height));
    sea.setAttribute('fill', getComputedStyle(container).backgroundColor || '#dfe9ef');
    svg.append(sea);

    // In the order they are stacked: a canvas (many unit circles) sits between SVG panes.
    const layers = [
      ...container.querySelectorAll<SVGSVGElement | HTMLCanvasElement>(
        '.leaflet-pane svg, .leaflet-pane canvas',
      ),
      ...container.parentElement!.querySelectorAll<SVGSVGElement>('svg.map-inset'),
    ];
    for (const layer of layers) {
      const box = layer.getBoundingClientRect();
      if (box.width === 0) continue;
      if (layer instanceof HTMLCanvasElement) {
        const image = document.createElementNS(SVG_NS, 'image');
        image.setAttribute('href', layer.toDataURL('image/png'));
        image.setAttribute('x', String(box.left - frame.left));
        image.setAttribute('y', String(box.top - frame.top));
        image.setAttribute('width', String(box.width));
        image.setAttribute('height', String(box.height));
        svg.append(image);
        continue;
      }
      const copy = cloneWithStyles(layer);
      copy.removeAttribute('style');
      copy.removeAttribute('class');
      copy.setAttribute('x', String(box.left - frame.left));
      copy.setAttribute('y', String(box.top - frame.top));
      copy.setAttribute('width', String(box.width));
      copy.setAttribute('height', String(box.height));
      svg.append(copy);
    }

    for (const label of container.querySelectorAll<HTMLElement>(
      '.leaflet-tooltip-pane .leaflet-tooltip',
    )) {
      const box = label.getBoundingClientRect();
      const text = label.textContent?.trim();
      if (!text || box.width === 0) continue;
      const style = getComputedStyle(label);
      const node = document.createElementNS(SVG_NS, 'text');
      node.setAttribute('x', String(box.left - frame.left + box.width / 2));
      node.setAttribute('y', String(box.top - frame.top + box.height / 2));
      node.setAttribute('text-anchor', 'middle');
      node.setAttribute('dominant-baseline', 'central');
      node.setAttribute('font-family', style.fontFamily);
      node.setAttribute('font-size', style.fontSize);
      node.setAttribute('font-weight', style.fontWeight);
      node.setAttribute('fill', '#222');
      node.setAttribute('stroke', '#fff');
      node.setAttribute('stroke-width', '2');
      node.setAttribute('paint-order', 'stroke');
      node.textContent = text;
      svg.append(node);
    }

    const credits = container
      .querySelector('.leaflet-control-attribution')
      ?.textContent?.replace(/\s+/g, ' ')
      .trim();
    if (credits) {
      // About half an em per character: lines that fit the map's width, from the bottom up.
      const perLine = Math.max(20, Math.floor(frame.width / 4.6));
      const lines: string[] = [];
      for (const word of credits.split(' ')) {
        const last = lines[lines.length - 1];
        if (last !== undefined && last.length + word.length < perLine)
          lines[lines.length - 1] = `${last} ${word}`;
        else lines.push(word);
      }
      lines.reverse().forEach((line, i) => {
        const node = document.createElementNS(SVG_NS, 'text');
        node.setAttribute('x', String(frame.width - 4));
        node.setAttribute('y', String(frame.height - 4 - i * 11));
        node.setAttribute('text-anchor', 'end');
        node.setAttribute('font-size', '9');
        node.setAttribute('fill', '#444');
        node.textContent = line;
        svg.append(node);
      });
    }
    return svg;
  });
}
