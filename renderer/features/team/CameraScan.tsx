// Reads a member's receiving key from their printed key sheet held up to this computer's camera:
// the live picture is shown large (mirrored like a mirror when it is a camera facing the person,
// so that moving the sheet left moves it left), a frame is read about four times a second by the
// same QR decoder as a photo (shared/team/keyQr.ts), and the camera is switched off as soon as a
// key is read, on 「やめる」, when the form goes away, and when the camera stops by itself. The
// desktop lets the page use the camera only while this panel is open (platform.allowCamera).
// Nothing of the picture is kept.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recipientFromImage } from '../../../shared/team/keyQr';
import { platform } from '../../platform';

/** The longest side a frame is read at: a QR code on an A4 sheet needs a few pixels per module. */
const READ_SIDE = 960;
const EVERY_MS = 250;
/** How long 「…受け取り用の鍵ではありません」 stays after a frame last showed a code that is not a key. */
const NOT_KEY_SHOWN_MS = 3_000;

export type CameraProblem = 'denied' | 'noCamera' | 'busy' | 'lost' | 'other';

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
  const closeButton = useRef<HTMLButtonElement>(null);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [started, setStarted] = useState(false);
  const [mirrored, setMirrored] = useState(false);
  const [notKey, setNotKey] = useState(false);
  // The latest callback, so that the camera effect runs once per opening.
  const found = useRef(onKey);
  useEffect(() => {
    found.current = onKey;
  });

  useEffect(() => {
    closeButton.current?.focus();
    const v = video.current;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let notKeyTimer: number | undefined;
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      window.clearTimeout(timer);
      window.clearTimeout(notKeyTimer);
      for (const track of stream?.getTracks() ?? []) track.stop();
      stream = null;
      if (v) v.srcObject = null;
      void platform.allowCamera(false).catch(() => undefined);
    };
    const fail = (p: CameraProblem) => {
      if (stopped) return;
      stop();
      setProblem(p);
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
        if (read.problem === 'notKey') {
          // Shown until no frame has shown such a code for NOT_KEY_SHOWN_MS (no re-render per frame).
          setNotKey(true);
          window.clearTimeout(notKeyTimer);
          notKeyTimer = window.setTimeout(() => setNotKey(false), NOT_KEY_SHOWN_MS);
        }
      }
      timer = window.setTimeout(readFrame, EVERY_MS);
    };
    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('no mediaDevices', 'NotFoundError');
      await platform.allowCamera(true);
      if (stopped) return;
      const s = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } },
      });
      if (stopped) {
        for (const track of s.getTracks()) track.stop();
        return;
      }
      stream = s;
      const track = s.getVideoTracks()[0];
      // Unplugged, taken by another application, switched off in the system's settings, asleep.
      track?.addEventListener('ended', () => fail('lost'));
      setMirrored(track?.getSettings().facingMode !== 'environment');
      if (v) {
        v.srcObject = s;
        // A picture that will not play is not a refused camera: said as "could not be used".
        await v.play().catch(() => {
          throw new DOMException('the camera picture did not play', 'UnknownError');
        });
      }
      setStarted(true);
      readFrame();
    })().catch((e: unknown) => fail(cameraProblem(e)));
    return stop;
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
      <video
        ref={video}
        className={mirrored ? 'camera-view mirrored' : 'camera-view'}
        muted
        playsInline
        aria-label={t('team.members.camera.view')}
        hidden={problem !== null}
      />
      <div className="row">
        <button type="button" ref={closeButton} onClick={onClose}>
          {t('team.members.camera.close')}
        </button>
      </div>
    </section>
  );
}
