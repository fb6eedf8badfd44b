import { useEffect, useRef, useState } from 'react';

/** Pixels per QR module and the quiet zone around it, in modules; large enough for a phone camera at arm's length. */
const SCALE = 8;
const MARGIN = 4;

/**
 * Draws `text` as a QR code on a canvas. The encoder is loaded on first use so the registration
 * form itself stays small on a slow campus network.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    import('qrcode-generator').then(
      ({ default: qrcode }) => {
        const target = canvas.current;
        if (cancelled || !target) return;
        const qr = qrcode(0, 'M');
        qr.addData(text);
        qr.make();
        const count = qr.getModuleCount();
        const size = (count + MARGIN * 2) * SCALE;
        target.width = size;
        target.height = size;
        const context = target.getContext('2d');
        if (!context) return;
        context.fillStyle = '#fff';
        context.fillRect(0, 0, size, size);
        context.fillStyle = '#000';
        for (let row = 0; row < count; row++) {
          for (let col = 0; col < count; col++) {
            if (qr.isDark(row, col)) context.fillRect((col + MARGIN) * SCALE, (row + MARGIN) * SCALE, SCALE, SCALE);
          }
        }
        target.dataset.drawn = 'true';
      },
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [text]);

  // Without the code drawn, the token printed under it is still enough for staff to type in.
  if (failed) return null;
  return <canvas ref={canvas} className="qr-code" role="img" aria-label={label} />;
}
