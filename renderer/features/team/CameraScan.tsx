// Reads a member's receiving key from their printed key sheet held up to this computer's camera:
// the live picture is shown large, a frame is read about four times a second by the same QR
// decoder as a photo (shared/team/keyQr.ts), and the camera is switched off as soon as a key is
// read, on 「やめる」, and when the form goes away. Nothing of the picture is kept.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recipientFromImage } from '../../../shared/team/keyQr';

/** The longest side a frame is read at: a QR code on an A4 sheet needs a few pixels per module. */
const READ_SIDE = 1280;
const EVERY_MS = 250;

export type CameraProblem = 'denied' | 'noCamera' | 'busy' | 'other';

/** What getUserMedia's refusal means for the person at the screen. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'TypeError') return 'noCamera';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'other';
}

export function CameraScan({ onKey, onClose }: { onKey: (recipient: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [started, setStarted] = useState(false);
  const [notKey, setNotKey] = useState(false);
  // The latest callback, so that the camera effect runs once per opening.
  const found = useRef(onKey);
  useEffect(() => {
    found.current = onKey;
  });

  useEffect(() => {
    const v = video.current;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;
    const stop = () => {
      stopped = true;
      if (timer !== undefined) window.clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
      stream = null;
    };
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    const readFrame = () => {
      if (stopped) return;
      if (ctx && v && v.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && v.videoWidth > 0) {
        const scale = Math.min(1, READ_SIDE / Math.max(v.videoWidth, v.videoHeight));
        canvas.width = Math.max(1, Math.round(v.videoWidth * scale));
        canvas.height = Math.max(1, Math.round(v.videoHeight * scale));
        ctx.drawImage(v, 0, 0, canvas.width, canvas.height);
        const read = recipientFromImage(ctx.getImageData(0, 0, canvas.width, canvas.height));
        if (read.ok) {
          stop();
          found.current(read.recipient);
          return;
        }
        setNotKey(read.problem === 'notKey');
      }
      timer = window.setTimeout(readFrame, EVERY_MS);
    };
    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('no mediaDevices', 'NotFoundError');
      const s = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } },
      });
      if (stopped) {
        for (const track of s.getTracks()) track.stop();
        return;
      }
      stream = s;
      if (v) {
        v.srcObject = s;
        await v.play().catch(() => undefined);
      }
      setStarted(true);
      readFrame();
    })().catch((e: unknown) => {
      if (!stopped) setProblem(cameraProblem(e));
    });
    return () => {
      stop();
      if (v) v.srcObject = null;
    };
  }, []);

  return (
    <section className="camera-scan stack" aria-labelledby="team-camera-title">
      <h4 id="team-camera-title">{t('team.members.camera.title')}</h4>
      {problem ? (
        <p role="alert" className="error">
          {t(`team.members.camera.${problem}`)}
        </p>
      ) : (
        <p role="status">
          {started ? t(notKey ? 'team.members.camera.notKey' : 'team.members.camera.hold') : t('team.members.camera.starting')}
        </p>
      )}
      <video ref={video} className="camera-view" muted playsInline aria-label={t('team.members.camera.view')} hidden={problem !== null} />
      <div className="row">
        <button type="button" onClick={onClose}>
          {t('team.members.camera.close')}
        </button>
      </div>
    </section>
  );
}
