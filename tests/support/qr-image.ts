// Test helper: real QR codes made from known strings with the `qrcode` package, as clean pixels, as a
// PNG file, or as a photo of one — turned, grainy, washed out and unevenly lit — to feed the decoder.
import QRCode from 'qrcode';

export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** The QR code of `text`: `scale` pixels per module, a 4-module quiet zone, black on white. */
export function qrPixels(text: string, scale = 4): Pixels {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const side = (modules.size + 2 * quiet) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - quiet;
      const col = Math.floor(x / scale) - quiet;
      const dark = row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col);
      if (dark) data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return { data, width: side, height: side };
}

/** A PNG file of the QR code of `text`, as a person receives it by e-mail. */
export const qrPng = (text: string, scale = 6): Promise<Buffer> =>
  QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', scale, margin: 4 });

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lumaAt = (pixels: Pixels, x: number, y: number): number => {
  if (x < 0 || y < 0 || x >= pixels.width || y >= pixels.height) return 255;
  const i = (y * pixels.width + x) * 4;
  return 0.299 * pixels.data[i]! + 0.587 * pixels.data[i + 1]! + 0.114 * pixels.data[i + 2]!;
};

/**
 * The code as a phone photographs it: turned by `degrees` on a larger grey-beige background,
 * sampled bilinearly, printed on paper that is not white (levels squeezed into `low`…`high`), lit
 * unevenly from one side, with sensor grain of ± `noise` levels.
 */
export function photoOf(
  source: Pixels,
  { degrees = 17, noise = 40, low = 70, high = 185, margin = 0.35, seed = 7 } = {},
): Pixels {
  const random = seededRandom(seed);
  const width = Math.round(source.width * (1 + 2 * margin));
  const height = Math.round(source.height * (1 + 2 * margin));
  const data = new Uint8ClampedArray(width * height * 4);
  const angle = (degrees * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Where this photo pixel comes from in the original, turned back about the centre.
      const sx = cos * (x - cx) + sin * (y - cy) + source.width / 2;
      const sy = -sin * (x - cx) + cos * (y - cy) + source.height / 2;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const luma =
        lumaAt(source, x0, y0) * (1 - fx) * (1 - fy) +
        lumaAt(source, x0 + 1, y0) * fx * (1 - fy) +
        lumaAt(source, x0, y0 + 1) * (1 - fx) * fy +
        lumaAt(source, x0 + 1, y0 + 1) * fx * fy;
      const paper = low + (luma / 255) * (high - low);
      const light = 0.8 + 0.3 * (x / width);
      const grain = (random() + random() - 1) * noise;
      const value = paper * light + grain;
      const i = (y * width + x) * 4;
      data[i] = value + 6;
      data[i + 1] = value;
      data[i + 2] = value - 10;
      data[i + 3] = 255;
    }
  }
  return { data, width, height };
}

/** Light for dark: a code shown white on a dark screen. */
export function inverted(pixels: Pixels): Pixels {
  const data = new Uint8ClampedArray(pixels.data);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = 255 - data[i]!;
    data[i + 1] = 255 - data[i + 1]!;
    data[i + 2] = 255 - data[i + 2]!;
  }
  return { data, width: pixels.width, height: pixels.height };
}
