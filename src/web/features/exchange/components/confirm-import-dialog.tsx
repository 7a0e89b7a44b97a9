import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportEffect, ImportMode } from '../../../../server/exchange/lists.schemas.js';

/** Asks the liaison to confirm what the import does to the list before it is done (a modal dialog). */
export function ConfirmImportDialog({
  mode,
  effect,
  version,
  onConfirm,
  onCancel,
}: {
  mode: ImportMode;
  effect: ImportEffect;
  version: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const params = {
    version,
    total: effect.total,
    added: effect.added.count,
    changed: effect.changed.count,
    removed: effect.removed.count,
  };
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog card"
      aria-labelledby="confirm-import-title"
      data-testid="confirm-import"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-import-title">{t(`exchangeImport.confirmTitle_${mode}`)}</h2>
      <p>{t(`exchangeImport.confirmText_${mode}`, params)}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={onCancel}
          data-testid="confirm-import-cancel"
        >
          {t('exchangeImport.cancel')}
        </button>
        <button
          type="button"
          className={mode === 'replace' ? 'button-danger' : 'button-primary'}
          onClick={onConfirm}
          data-testid="confirm-import-ok"
        >
          {t(`exchangeImport.confirm_${mode}`)}
        </button>
      </div>
    </dialog>
  );
}
