// PDFで保存, the secondary action beside a print button, and the warning shown before any PDF is
// saved: a saved file can be read by anyone who gets it, without the passphrase. Printing needs
// no file, so the warning points back to 印刷.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Says, for screen readers, which document the button saves (several sit side by side): `name`,
 * or the label of the print button it belongs to (`printButtonId`).
 */
export function SavePdfButton(props: {
  onClick(): void;
  disabled?: boolean | undefined;
  name?: ReactNode;
  printButtonId?: string | undefined;
}) {
  const { t } = useTranslation();
  const textId = useId();
  return (
    <button
      type="button"
      className="save-pdf"
      disabled={props.disabled}
      onClick={props.onClick}
      aria-labelledby={props.printButtonId ? `${textId} ${props.printButtonId}` : undefined}
    >
      <span id={textId}>{t('print.savePdf')}</span>
      {props.name ? (
        <span className="visually-hidden">
          {t('punct.colon')}
          {props.name}
        </span>
      ) : null}
    </button>
  );
}

/** A print button with its PDFで保存 beside it, for one document (`label` names both). */
export function PrintPair(props: { label: string; disabled?: boolean; primary?: boolean; onPrint(): void; onSave(): void }) {
  return (
    <span className="print-pair">
      <button type="button" className={props.primary ? 'primary' : undefined} disabled={props.disabled} onClick={props.onPrint}>
        {props.label}
      </button>
      <SavePdfButton disabled={props.disabled} name={props.label} onClick={props.onSave} />
    </span>
  );
}

/** A modal dialog: 保存する goes on to the save dialog, やめる (or Escape) saves nothing. */
export function SaveWarning({ onConfirm, onCancel }: { onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // The safe choice has the focus: Enter alone never saves a file.
    cancelRef.current?.focus();
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="save-warning"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{t('print.saveWarningTitle')}</h2>
      <p id={textId}>{t('print.saveWarning')}</p>
      <div className="row">
        <button type="button" className="primary" onClick={onConfirm}>
          {t('print.saveConfirm')}
        </button>
        <button type="button" ref={cancelRef} onClick={onCancel}>
          {t('print.saveCancel')}
        </button>
      </div>
    </dialog>
  );
}
