#!/usr/bin/env node
// Renders the ReSIM icon (a SIM card with a circular "re-issue" arrow) from one SVG into the PNG
// sizes WXT puts in the manifest. The PNGs are committed; run again only when the drawing changes:
//   node scripts/make-icons.mjs
// Uses Debian's Chromium through playwright-core, the same browser the e2e tests drive.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'public/icon');
const SIZES = [16, 32, 48, 96, 128];
const BRAND = '#0b6e78';
const BRAND_LIGHT = '#14919c';

const point = (cx, cy, r, deg) => {
  const rad = (deg * Math.PI) / 180;
  return [cx + r * Math.cos(rad), cy + r * Math.sin(rad)];
};

/**
 * The drawing on a 128-unit grid. Small sizes get a thicker arrow so it still reads at 16 px.
 * Angles are in SVG's convention (0° = east, clockwise).
 */
export function iconSvg(size) {
  const small = size <= 32;
  const stroke = small ? 15 : 11;
  const [cx, cy, r] = [64, 74, small ? 25 : 26];
  const [start, end] = [-40, 250];
  const [x0, y0] = point(cx, cy, r, start);
  const [x1, y1] = point(cx, cy, r, end);
  // Arrowhead at the arc's end, pointing along the clockwise tangent.
  const head = small ? 17 : 14;
  const tangent = end + 90;
  const [tx, ty] = point(x1, y1, head, tangent);
  const [lx, ly] = point(x1, y1, head * 0.95, end);
  const [rx, ry] = point(x1, y1, -head * 0.95, end);
  const f = (n) => n.toFixed(2);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128" role="img" aria-label="ReSIM"><title>ReSIM</title>
  <defs>
    <linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${BRAND_LIGHT}"/>
      <stop offset="1" stop-color="${BRAND}"/>
    </linearGradient>
  </defs>
  <path d="M30 4 H84 L114 34 V112 A12 12 0 0 1 102 124 H30 A12 12 0 0 1 18 112 V16 A12 12 0 0 1 30 4 Z" fill="url(#g)"/>
  <path d="M${f(x0)} ${f(y0)} A${r} ${r} 0 1 1 ${f(x1)} ${f(y1)}" fill="none" stroke="#fff" stroke-width="${stroke}" stroke-linecap="round"/>
  <path d="M${f(lx)} ${f(ly)} L${f(tx)} ${f(ty)} L${f(rx)} ${f(ry)} Z" fill="#fff" stroke="#fff" stroke-width="${small ? 3 : 2}" stroke-linejoin="round"/>
</svg>`;
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`,
      );
      const png = await page.locator('svg').screenshot({ omitBackground: true });
      writeFileSync(join(OUT, `${size}.png`), png);
      console.log(`public/icon/${size}.png`);
    }
    writeFileSync(join(OUT, 'icon.svg'), `${iconSvg(128)}\n`);
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
