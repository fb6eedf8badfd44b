import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';

export const cameraAvailable = () => typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

/**
 * Reads QR codes from the back camera. The decoder is loaded only when staff open the camera; the
 * typed or scanner-gun input works without it.
 */
export function CameraScan({ onCode, onClose }: { onCode(code: string): void; onClose(): void }) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  const handler = useRef(onCode);
  handler.current = onCode;

  useEffect(() => {
    let stream: MediaStream | undefined;
    let frame = 0;
    let stopped = false;
    // The same code stays in view for a while; it is sent again only once it has left the picture.
    let last = '';
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    (async () => {
      const [{ default: jsQR }, media] = await Promise.all([
        import('jsqr'),
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }),
      ]);
      stream = media;
      if (stopped || !video.current) {
        for (const track of media.getTracks()) track.stop();
        return;
      }
      video.current.srcObject = media;
      await video.current.play();
      const tick = () => {
        if (stopped) return;
        const v = video.current;
        if (v && context && v.videoWidth) {
          canvas.width = v.videoWidth;
          canvas.height = v.videoHeight;
          context.drawImage(v, 0, 0);
          const image = context.getImageData(0, 0, canvas.width, canvas.height);
          const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
          const code = found?.data ?? '';
          if (code && code !== last) handler.current(code);
          last = code;
        }
        frame = requestAnimationFrame(tick);
      };
      tick();
    })().catch(() => !stopped && setFailed(true));

    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  return (
    <div className="camera-scan">
      {failed ? (
        <p className="field-error">{t('checkin.camera_failed')}</p>
      ) : (
        <video ref={video} muted playsInline aria-label={t('checkin.camera_label')} />
      )}
      <button type="button" className="button secondary" onClick={onClose}>
        {t('checkin.camera_close')}
      </button>
    </div>
  );
}
