/**
 * Map benchmark: how long the map takes to draw every unit, and the frame rate while panning,
 * for the real dataset and for synthetic data (63 provinces, about 700 districts). Prints one
 * line per figure. Run: npm run bench:map
 */
import os from 'node:os';
import type { Page } from 'playwright-core';
import { generateSyntheticDataset } from '../../mocks/synthetic/dataset';
import { launchBrowser } from '../support/browser';
import { waitInPage } from './page-wait';
import { buildAndServe } from './serve-build';
import { percentile } from './stats';

interface PanFigures {
  drawMs: number;
  circles: string;
  areas: number;
  frames: number;
  medianFps: number;
  p95FrameMs: number;
  longFrames: number;
}

/** The map is drawn: its SVG circles, or the canvas a large dataset's circles share. */
const circlesDrawn = (atLeast: number) =>
  `document.querySelectorAll('[data-panel="map"] path.map-unit').length >= ${atLeast} ||
   document.querySelector('[data-panel="map"] .leaflet-units-pane canvas')`;

async function measure(page: Page, url: string, minCircles: number): Promise<PanFigures> {
  const started = Date.now();
  await page.goto(url);
  const map = page.locator('[data-panel="map"]');
  await waitInPage(page, circlesDrawn(minCircles), 120_000);
  await map.locator('path.map-area').first().waitFor();
  const drawMs = Date.now() - started;
  const svgCircles = await map.locator('path.map-unit').count();
  const circles = svgCircles > 0 ? String(svgCircles) : 'on one canvas';
  const areas = await map.locator('path.map-area').count();

  await map.locator('.leaflet-container').scrollIntoViewIfNeeded();
  const box = (await map.locator('.leaflet-container').boundingBox())!;
  // A string, not a function: tsx's name-keeping helpers do not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let i = 0; i < 10; i++) {
    const dx = i % 2 === 0 ? 250 : -250;
    await page.mouse.move(cx - dx / 2, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx / 2, cy + (i % 3) * 20, { steps: 30 });
    await page.mouse.up();
  }
  const frames = await page.evaluate<number[]>(
    '(() => { window.__recording = false; return window.__frames.slice(1); })()',
  );
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    drawMs,
    circles,
    areas,
    frames: frames.length,
    medianFps: 1000 / percentile(sorted, 0.5),
    p95FrameMs: percentile(sorted, 0.95),
    longFrames: frames.filter((f) => f > 50).length,
  };
}

function print(label: string, f: PanFigures) {
  console.log(
    `map ${label}: shapes drawn ${f.areas}, circles ${f.circles}, first full draw ${f.drawMs} ms`,
  );
  console.log(
    `map ${label}: pan frame rate median ${f.medianFps.toFixed(0)} fps, p95 frame ${f.p95FrameMs.toFixed(1)} ms, frames over 50 ms ${f.longFrames} of ${f.frames}`,
  );
}

const { url, server } = await buildAndServe();
const browser = await launchBrowser();
try {
  console.log(
    `machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? ''}; headless Chromium`,
  );
  const real = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  print('real dataset', await measure(real, `${url}/`, 10));
  await real.close();

  const synthetic = JSON.stringify(generateSyntheticDataset({ reports: 10_000 }));
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.route('**/data/qpdp-dataset.json', (route) =>
    route.fulfill({ body: synthetic, contentType: 'application/json' }),
  );
  print(
    'synthetic 10k reports (63 provinces, 693 districts, 2079 communes), zoomed to a province',
    // A province's view: at the country's zoom the districts' circles wait for a closer one.
    await measure(page, `${url}/?unit=syn-p20`, 690),
  );
} finally {
  await browser.close();
  await server.close();
}
