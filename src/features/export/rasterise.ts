/** Browsers refuse canvases much larger than this on a side. */
export const MAX_CANVAS_SIDE = 16_384;

/** The pixel size of an image of `width` × `height` CSS pixels at a ratio, within canvas limits. */
export function rasterSize(width: number, height: number, pixelRatio: number) {
  const ratio = Math.min(pixelRatio, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height);
  return { width: Math.round(width * ratio), height: Math.round(height * ratio), ratio };
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no image'))),
      'image/png',
    ),
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Chromium decodes an SVG image before the fonts inside it, and draws its text only once they
 * load: wait until a small test drawing stops changing.
 */
async function fontsDrawn(image: HTMLImageElement, width: number, height: number) {
  const probe = document.createElement('canvas');
  probe.width = Math.max(1, Math.round(width / 2));
  probe.height = Math.max(1, Math.round(height / 2));
  const context = probe.getContext('2d', { willReadFrequently: true });
  if (!context) return;
  const ink = () => {
    context.clearRect(0, 0, probe.width, probe.height);
    context.drawImage(image, 0, 0, probe.width, probe.height);
    const pixels = context.getImageData(0, 0, probe.width, probe.height).data;
    let sum = 0;
    for (let i = 0; i < pixels.length; i += 4) sum += pixels[i] as number;
    return sum;
  };
  let last = ink();
  for (let waited = 0; waited < 3000; waited += 40) {
    await pause(40);
    const now = ink();
    if (now === last && waited >= 80) return;
    last = now;
  }
}

/**
 * Draws an SVG document through an Image onto a canvas at a pixel ratio, on white, as a PNG.
 * The SVG must hold everything it needs (fonts, patterns): an image cannot fetch.
 */
export async function svgToPng(
  svgText: string,
  width: number,
  height: number,
  pixelRatio: number,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    await fontsDrawn(image, width, height);
    const size = rasterSize(width, height, pixelRatio);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas in this browser');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(image, 0, 0, size.width, size.height);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}
