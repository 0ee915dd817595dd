import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { inverted, photoOf, qrPixels, seededRandom } from '../../tests/support/qr-image';
import { parseNewActivation } from './activation';
import { decodePixels, enlarge, invert, shrink, stretchContrast } from './qr';

const GSMA = 'LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746';
const TRUPHONE = 'LPA:1$rsp.truphone.com$QRF-BetterRoaming-PMRD';

describe('decodePixels', () => {
  test('a clean QR image (the carrier PNG) is read as it is', async () => {
    expect(await decodePixels(qrPixels(GSMA))).toEqual({ text: GSMA, variant: 'original' });
  });

  test('what it reads is the activation code the person received', async () => {
    const found = await decodePixels(qrPixels(TRUPHONE, 3));
    const parsed = parseNewActivation(found?.text ?? '');
    expect(parsed.ok && parsed.value).toMatchObject({
      smdp: 'rsp.truphone.com',
      matchingId: 'QRF-BetterRoaming-PMRD',
    });
  });

  test('a photo of a printout — turned, grainy, washed out, unevenly lit — is read', async () => {
    const photo = photoOf(qrPixels(GSMA, 6), { degrees: 17, noise: 45, low: 80, high: 180 });
    const found = await decodePixels(photo);
    expect(found?.text).toBe(GSMA);
  });

  test.each([
    [8, 30],
    [-23, 25],
    [41, 20],
  ])('a photo turned by %i° with grain ±%i is read', async (degrees, noise) => {
    const photo = photoOf(qrPixels(TRUPHONE, 5), { degrees, noise, seed: degrees + 100 });
    expect((await decodePixels(photo))?.text).toBe(TRUPHONE);
  });

  test('a very washed-out photo (dark and light 20 levels apart) is read once its contrast is stretched', async () => {
    const photo = photoOf(qrPixels(GSMA, 5), { degrees: 5, noise: 2, low: 140, high: 160, seed: 3 });
    const found = await decodePixels(photo);
    expect(found).toEqual({ text: GSMA, variant: 'contrast' });
  });

  test('a code shown white on black is read through the inverted image', async () => {
    const found = await decodePixels(inverted(qrPixels(GSMA)));
    expect(found).toEqual({ text: GSMA, variant: 'inverted' });
  });

  test('a large photo is read (shrunk when needed)', async () => {
    const photo = photoOf(qrPixels(TRUPHONE, 16), { degrees: 12, noise: 60, seed: 11 });
    expect(photo.width).toBeGreaterThan(1024);
    expect((await decodePixels(photo))?.text).toBe(TRUPHONE);
  });

  test('a code drawn one pixel per module is enlarged and read', async () => {
    const tiny = qrPixels(TRUPHONE, 1);
    expect((await decodePixels(tiny))?.text).toBe(TRUPHONE);
  });

  test('an image without a code gives null', async () => {
    const random = seededRandom(1);
    const side = 300;
    const data = new Uint8ClampedArray(side * side * 4);
    for (let i = 0; i < data.length; i += 4) {
      data.fill(Math.floor(random() * 255), i, i + 3);
      data[i + 3] = 255;
    }
    expect(await decodePixels({ data, width: side, height: side })).toBeNull();
    expect(await decodePixels({ data: new Uint8ClampedArray(0), width: 0, height: 0 })).toBeNull();
  });
});

describe('image treatments', () => {
  const grey = (levels: number[], width: number) => {
    const data = new Uint8ClampedArray(levels.length * 4);
    levels.forEach((level, i) => {
      data.fill(level, i * 4, i * 4 + 3);
      data[i * 4 + 3] = 255;
    });
    return { data, width, height: levels.length / width };
  };

  test('shrink averages k×k blocks', () => {
    const small = shrink(grey([0, 100, 200, 255, 0, 100, 200, 255], 4), 2);
    expect([small.width, small.height]).toEqual([2, 1]);
    expect(small.data[0]).toBe(50);
    expect(small.data[4]).toBe(228);
  });

  test('enlarge repeats each pixel', () => {
    const big = enlarge(grey([0, 255], 2), 3);
    expect([big.width, big.height]).toEqual([6, 3]);
    expect(big.data[2 * 4]).toBe(0);
    expect(big.data[3 * 4]).toBe(255);
  });

  test('stretchContrast maps the image to the full range', () => {
    const levels = Array.from({ length: 100 }, (_, i) => 100 + (i % 2) * 40);
    const stretched = stretchContrast(grey(levels, 10));
    expect(stretched.data[0]).toBe(0);
    expect(stretched.data[4]).toBe(255);
  });

  test('invert swaps light and dark, keeps alpha', () => {
    const out = invert(grey([0, 255], 2));
    expect([out.data[0], out.data[3], out.data[4]]).toEqual([255, 255, 0]);
  });
});

test('jsQR is loaded on first use only (the popup does not carry it at first paint)', () => {
  const source = readFileSync(resolve(import.meta.dirname, 'qr.ts'), 'utf8');
  expect(source).not.toMatch(/^\s*import\s[^(]*['"]jsqr['"]/m);
  expect(source).toMatch(/import\('jsqr'\)/);
});
