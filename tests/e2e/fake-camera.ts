import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The web app's own QR encoder, so the camera sees exactly what a registrant's receipt shows. */
const qrcode = createRequire(new URL('../../packages/web/package.json', import.meta.url))('qrcode-generator') as (
  typeNumber: number,
  errorCorrection: 'L' | 'M' | 'Q' | 'H',
) => { addData(text: string): void; make(): void; getModuleCount(): number; isDark(row: number, col: number): boolean };

const WIDTH = 640;
const HEIGHT = 480;
/** Video-range luma: what a camera reports for paper white and printed black. */
const WHITE = 235;
const BLACK = 16;
/** Modules of light border the QR specification asks for around the symbol. */
const QUIET_ZONE = 4;

/**
 * A Y4M video (YUV4MPEG2: a text header, then raw I420 frames) showing `text` as a QR code, for
 * Chromium's `--use-file-for-fake-video-capture`. Chroma is neutral grey, so the luma plane alone is
 * the picture; Chromium loops the file, so a couple of frames stand for a code held still in view.
 */
export function qrVideo(text: string, frames = 4): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  const scale = Math.floor((Math.min(WIDTH, HEIGHT) - 40) / (count + QUIET_ZONE * 2));
  const left = Math.floor((WIDTH - count * scale) / 2);
  const top = Math.floor((HEIGHT - count * scale) / 2);

  const luma = Buffer.alloc(WIDTH * HEIGHT, WHITE);
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (!qr.isDark(row, col)) continue;
      for (let y = 0; y < scale; y++)
        luma.fill(
          BLACK,
          (top + row * scale + y) * WIDTH + left + col * scale,
          (top + row * scale + y) * WIDTH + left + (col + 1) * scale,
        );
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);

  const file = join(mkdtempSync(join(tmpdir(), 'fake-camera-')), 'qr.y4m');
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
  return file;
}
