import { createRequire } from 'node:module';

// jsqr is the web app's own camera decoder; pngjs comes with qrcode, which draws the mailed codes.
const fromWeb = createRequire(new URL('../../packages/web/package.json', import.meta.url));
const fromCore = createRequire(
  createRequire(new URL('../../packages/core/package.json', import.meta.url)).resolve('qrcode'),
);
const jsQR = fromWeb('jsqr') as (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const { PNG } = fromCore('pngjs') as {
  PNG: { sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } } };
};

/** What a QR code in a PNG (a mail's inline image) says, or null when it holds none. */
export function readQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return (
    jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)
      ?.data ?? null
  );
}
