// Reads a PNG screenshot's pixels (8-bit RGB or RGBA, not interlaced, as Chromium writes them) to
// tell a drawn chart from a blank box.
import { unzlibSync } from 'fflate';

/** A decoded image: its size and its pixels as RGBA bytes, row by row. */
export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

/** The Paeth predictor of the PNG specification. */
function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/**
 * Decodes a PNG: its IHDR, its IDAT chunks inflated with fflate, each scanline unfiltered.
 *
 * @param png - the file's bytes
 * @returns the size and the RGBA pixels
 * @throws Error for a PNG of another kind (palette, 16-bit, interlaced)
 */
export function decodePng(png: Uint8Array): DecodedPng {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (!signature.every((byte, index) => png[index] === byte)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6))
        throw new Error(`unsupported PNG: depth ${String(depth)}, colour type ${String(colour)}`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const joined = new Uint8Array(data.reduce((sum, part) => sum + part.length, 0));
  data.reduce((offset, part) => {
    joined.set(part, offset);
    return offset + part.length;
  }, 0);
  const raw = unzlibSync(joined);
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predicted === undefined) throw new Error(`unknown PNG filter ${filter}`);
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let pixel = 0; pixel < width * height; pixel += 1)
    for (let channel = 0; channel < 4; channel += 1)
      rgba[pixel * 4 + channel] =
        channel < channels ? (pixels[pixel * channels + channel] ?? 0) : 255;
  return { width, height, rgba };
}

/**
 * How many pixels of a PNG differ from its background (the colour of its top-left pixel), and
 * how many distinct colours it has.
 *
 * @param png - the file's bytes
 * @returns the size, the count of pixels unlike the background and the count of colours
 */
export function pngColours(png: Uint8Array): {
  readonly width: number;
  readonly height: number;
  readonly differing: number;
  readonly colours: number;
} {
  const { width, height, rgba } = decodePng(png);
  const at = (pixel: number): number =>
    (((rgba[pixel * 4] ?? 0) << 24) |
      ((rgba[pixel * 4 + 1] ?? 0) << 16) |
      ((rgba[pixel * 4 + 2] ?? 0) << 8) |
      (rgba[pixel * 4 + 3] ?? 0)) >>>
    0;
  const background = at(0);
  const colours = new Set<number>();
  let differing = 0;
  for (let pixel = 0; pixel < width * height; pixel += 1) {
    const colour = at(pixel);
    colours.add(colour);
    if (colour !== background) differing += 1;
  }
  return { width, height, differing, colours: colours.size };
}
