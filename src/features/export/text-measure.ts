/** The advance width of a line of text in CSS pixels. */
export type Measure = (text: string, fontSize: number, bold?: boolean) => number;

/** Rough advance widths of Be Vietnam Pro, a little generous: for where nothing can measure. */
export const estimateWidth: Measure = (text, fontSize, bold = false) => {
  let em = 0;
  for (const char of text) {
    if (/[ il.,:;'|!()[\]1tfjr\-·/]/.test(char)) em += 0.32;
    else if (/[A-ZĐ]|[mwMW%]/.test(char)) em += 0.8;
    else em += 0.62;
  }
  return em * fontSize * (bold ? 1.06 : 1);
};

/** Measures with the app font as the browser will draw it; the estimate where there is no canvas. */
export function fontMeasure(): Measure {
  const context = /jsdom/.test(navigator.userAgent)
    ? null
    : document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth;
  return (text, fontSize, bold = false) => {
    context.font = `${bold ? 700 : 400} ${fontSize}px 'Be Vietnam Pro', sans-serif`;
    return context.measureText(text).width;
  };
}

/** Breaks text into lines no wider than `max`, at spaces; an over-long word gets its own line. */
export function wrapText(
  text: string,
  max: number,
  fontSize: number,
  bold = false,
  measure: Measure = estimateWidth,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, fontSize, bold) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
