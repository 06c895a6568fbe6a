const FAMILY = 'Be Vietnam Pro';

const readAsDataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('font read failed'));
    reader.readAsDataURL(blob);
  });

function appFontFaces(weights: readonly string[]): { rule: CSSFontFaceRule; base: string }[] {
  return [...document.styleSheets].flatMap((sheet) => {
    let rules: CSSRule[];
    try {
      rules = [...sheet.cssRules];
    } catch {
      return []; // another origin's sheet: not ours to read
    }
    const base = sheet.href ?? document.baseURI;
    return rules.flatMap((rule) =>
      rule instanceof CSSFontFaceRule &&
      rule.style.getPropertyValue('font-family').replace(/["']/g, '') === FAMILY &&
      weights.includes(rule.style.getPropertyValue('font-weight')) &&
      rule.style.getPropertyValue('font-style') !== 'italic'
        ? [{ rule, base }]
        : [],
    );
  });
}

async function inline({ rule, base }: { rule: CSSFontFaceRule; base: string }) {
  const src = /url\(\s*["']?([^"')]+\.woff2[^"')]*)["']?\s*\)/.exec(
    rule.style.getPropertyValue('src'),
  )?.[1];
  if (!src) return '';
  const url = new URL(src, base);
  if (url.origin !== window.location.origin) return ''; // the app never asks another origin
  const response = await fetch(url);
  if (!response.ok) return '';
  const data = await readAsDataUrl(
    new Blob([await response.arrayBuffer()], { type: 'font/woff2' }),
  );
  const range = rule.style.getPropertyValue('unicode-range');
  return `@font-face{font-family:'${FAMILY}';font-style:normal;font-weight:${rule.style.getPropertyValue('font-weight')};src:url(${data}) format('woff2');${range ? `unicode-range:${range};` : ''}}`;
}

const cache = new Map<string, Promise<string>>();

/**
 * The app font's @font-face rules with its same-origin files inlined as base64, so an exported
 * SVG, and the image rasterised from it, show the same letters anywhere.
 */
export function embeddedFontCss(weights: readonly string[] = ['400', '700']): Promise<string> {
  const key = weights.join(',');
  let css = cache.get(key);
  if (!css) {
    css = Promise.all(appFontFaces(weights).map(inline)).then((rules) => rules.join('\n'));
    css.catch(() => cache.delete(key));
    cache.set(key, css);
  }
  return css;
}
