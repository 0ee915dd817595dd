// Reads the QR code of an image the person picks, in the popup, with jsQR: nothing leaves the
// browser. jsQR is imported on first use only, so the popup's first paint does not carry it.
// A clean QR image (the carrier's PNG, a screenshot) is read as it is; a photo of a printout or of
// another screen may need the image smaller, its contrast stretched, or its colours inverted.

/** RGBA pixels, as ImageData holds them. */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

type JsQR = (
  data: Uint8ClampedArray,
  width: number,
  height: number,
  options?: { inversionAttempts?: 'dontInvert' | 'onlyInvert' | 'attemptBoth' | 'invertFirst' },
) => { data: string } | null;

let decoder: Promise<JsQR> | undefined;
const loadJsQR = (): Promise<JsQR> => {
  decoder ??= import('jsqr').then((module) => module.default as unknown as JsQR);
  return decoder;
};

/** Which treatment of the image found the code. */
export type QrVariant = 'original' | 'scaled' | 'smoothed' | 'contrast' | 'inverted' | 'enlarged';

/** Largest side jsQR is given: a phone photo (4000 px) is drawn at most this large. */
export const MAX_SIDE = 2048;
const SCALED_SIDES = [1024, 512];

/** The image shrunk by a whole factor `k`, each new pixel the average of a k×k block. */
export function shrink(pixels: Pixels, k: number): Pixels {
  const width = Math.max(1, Math.floor(pixels.width / k));
  const height = Math.max(1, Math.floor(pixels.height / k));
  const data = new Uint8ClampedArray(width * height * 4);
  const area = k * k;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sums = [0, 0, 0, 0];
      for (let dy = 0; dy < k; dy++) {
        let source = ((y * k + dy) * pixels.width + x * k) * 4;
        for (let dx = 0; dx < k; dx++, source += 4) {
          for (let c = 0; c < 4; c++) sums[c]! += pixels.data[source + c]!;
        }
      }
      const target = (y * width + x) * 4;
      for (let c = 0; c < 4; c++) data[target + c] = sums[c]! / area;
    }
  }
  return { data, width, height };
}

const lumaOf = (pixels: Pixels): Float32Array => {
  const count = pixels.width * pixels.height;
  const grey = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    grey[i] = 0.299 * pixels.data[i * 4]! + 0.587 * pixels.data[i * 4 + 1]! + 0.114 * pixels.data[i * 4 + 2]!;
  }
  return grey;
};

/** One pass of a box blur along rows (step 1) or columns (step width). */
function boxPass(source: Float32Array, width: number, height: number, radius: number, alongRows: boolean) {
  const target = new Float32Array(source.length);
  const [lines, length] = alongRows ? [height, width] : [width, height];
  const at = (line: number, i: number) => (alongRows ? line * width + i : i * width + line);
  for (let line = 0; line < lines; line++) {
    for (let i = 0; i < length; i++) {
      let sum = 0;
      let count = 0;
      for (let j = Math.max(0, i - radius); j <= Math.min(length - 1, i + radius); j++, count++) {
        sum += source[at(line, j)]!;
      }
      target[at(line, i)] = sum / count;
    }
  }
  return target;
}

/** Grey levels averaged over a (2·radius+1)² square: a photo's sensor grain smoothed away. */
export function smooth(pixels: Pixels, radius: number): Pixels {
  const { width, height } = pixels;
  const rows = boxPass(lumaOf(pixels), width, height, radius, true);
  const grey = boxPass(rows, width, height, radius, false);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < grey.length; i++) {
    data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = grey[i]!;
    data[i * 4 + 3] = 255;
  }
  return { data, width, height };
}

/** The image `k` times larger, nearest neighbour (a QR code drawn one pixel per module). */
export function enlarge(pixels: Pixels, k: number): Pixels {
  const width = pixels.width * k;
  const height = pixels.height * k;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const source = (Math.floor(y / k) * pixels.width + Math.floor(x / k)) * 4;
      data.set(pixels.data.subarray(source, source + 4), (y * width + x) * 4);
    }
  }
  return { data, width, height };
}

/**
 * Grey levels stretched so the darkest 2 % become black and the lightest 2 % white: a washed-out
 * photo of a screen gets its contrast back.
 */
export function stretchContrast(pixels: Pixels): Pixels {
  const count = pixels.width * pixels.height;
  const grey = lumaOf(pixels);
  const histogram = new Uint32Array(256);
  for (let i = 0; i < count; i++) histogram[Math.round(grey[i]!)]!++;
  const level = (fraction: number) => {
    let seen = 0;
    for (let value = 0; value < 256; value++) {
      seen += histogram[value]!;
      if (seen >= count * fraction) return value;
    }
    return 255;
  };
  const low = level(0.02);
  const high = Math.max(level(0.98), low + 1);
  const data = new Uint8ClampedArray(count * 4);
  for (let i = 0; i < count; i++) {
    const value = ((grey[i]! - low) * 255) / (high - low);
    data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = value;
    data[i * 4 + 3] = 255;
  }
  return { data, width: pixels.width, height: pixels.height };
}

/** Light for dark (a QR code shown white on black). */
export function invert(pixels: Pixels): Pixels {
  const data = new Uint8ClampedArray(pixels.data.length);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = 255 - pixels.data[i]!;
    data[i + 1] = 255 - pixels.data[i + 1]!;
    data[i + 2] = 255 - pixels.data[i + 2]!;
    data[i + 3] = pixels.data[i + 3]!;
  }
  return { data, width: pixels.width, height: pixels.height };
}

/** The treatments to try, cheapest and likeliest first, each made only when its turn comes. */
function* variantsOf(pixels: Pixels): Generator<[QrVariant, () => Pixels]> {
  const longest = Math.max(pixels.width, pixels.height);
  yield ['original', () => pixels];
  let smaller = pixels;
  for (const side of SCALED_SIDES) {
    const k = Math.ceil(longest / side);
    if (k < 2) continue;
    yield ['scaled', () => (smaller = shrink(pixels, k))];
  }
  // A photo's grain averaged out: a light blur, then a stronger one.
  for (const radius of [1, 2]) yield ['smoothed', () => smooth(smaller, radius)];
  // Contrast and inversion on the smaller copy when there is one (faster, grain averaged out).
  let stretched: Pixels | undefined;
  yield ['contrast', () => (stretched = stretchContrast(smaller))];
  yield ['inverted', () => invert(stretched ?? stretchContrast(smaller))];
  if (longest < 400) yield ['enlarged', () => enlarge(pixels, Math.ceil(800 / longest))];
}

/** The text of the first QR code found in the pixels, trying each treatment in turn; null if none. */
export async function decodePixels(pixels: Pixels): Promise<{ text: string; variant: QrVariant } | null> {
  if (pixels.width < 1 || pixels.height < 1) return null;
  const jsQR = await loadJsQR();
  for (const [variant, make] of variantsOf(pixels)) {
    const image = make();
    const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
    if (found?.data) return { text: found.data, variant };
  }
  return null;
}

export type QrImageResult =
  | { ok: true; text: string; variant: QrVariant }
  | { ok: false; error: 'unreadable' | 'noCode' };

type Drawable = ImageBitmap | HTMLImageElement;

/** Decodes the picked file into something drawable: createImageBitmap, or an <img> for SVG. */
async function drawableOf(
  blob: Blob,
): Promise<{ image: Drawable; width: number; height: number; done(): void }> {
  try {
    const bitmap = await createImageBitmap(blob);
    return { image: bitmap, width: bitmap.width, height: bitmap.height, done: () => bitmap.close() };
  } catch (error) {
    if (typeof document === 'undefined') throw error;
  }
  const url = URL.createObjectURL(blob);
  try {
    const img = document.createElement('img');
    img.src = url;
    await img.decode();
    return { image: img, width: img.naturalWidth, height: img.naturalHeight, done: () => undefined };
  } finally {
    URL.revokeObjectURL(url);
  }
}

type Context2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function canvasContext(width: number, height: number): Context2D | null {
  if (typeof OffscreenCanvas !== 'undefined') {
    return new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas.getContext('2d', { willReadFrequently: true });
}

/** The pixels of an image file, drawn on white (a transparent PNG's code stays dark on light). */
export async function imagePixels(blob: Blob): Promise<Pixels> {
  const drawable = await drawableOf(blob);
  try {
    if (!drawable.width || !drawable.height) throw new Error('empty image');
    const scale = Math.min(1, MAX_SIDE / Math.max(drawable.width, drawable.height));
    const width = Math.max(1, Math.round(drawable.width * scale));
    const height = Math.max(1, Math.round(drawable.height * scale));
    const context = canvasContext(width, height);
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(drawable.image, 0, 0, width, height);
    return context.getImageData(0, 0, width, height);
  } finally {
    drawable.done();
  }
}

/** Reads the QR code in an image file (PNG, JPEG, WebP, GIF, SVG, a screenshot or a photo). */
export async function decodeQrImage(blob: Blob): Promise<QrImageResult> {
  let pixels: Pixels;
  try {
    pixels = await imagePixels(blob);
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  const found = await decodePixels(pixels);
  return found ? { ok: true, ...found } : { ok: false, error: 'noCode' };
}
