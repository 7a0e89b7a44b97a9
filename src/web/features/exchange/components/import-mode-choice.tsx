import { useTranslation } from 'react-i18next';
import type { ImportEffect, ImportMode, UploadPreview } from '../../../../server/exchange/lists.schemas.js';

const MODES: readonly ImportMode[] = ['add', 'replace'];

/** The first persons of a part of the effect by name, and how many more. */
function Names({ part, testId }: { part: ImportEffect['added']; testId: string }) {
  const { t } = useTranslation();
  if (part.names.length === 0) return null;
  return (
    <ul className="name-list" data-testid={testId}>
      {part.names.map((name, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: namesakes repeat a name, and the list is never reordered
        <li key={`${i}:${name}`} className="as-written">
          {name}
        </li>
      ))}
      {part.count > part.names.length && (
        <li>{t('exchangeImport.more', { count: part.count - part.names.length })}</li>
      )}
    </ul>
  );
}

function Counts({ effect }: { effect: ImportEffect }) {
  const { t } = useTranslation();
  return (
    <p data-testid="effect-counts">
      {t('exchangeImport.added', { count: effect.added.count })} ·{' '}
      {t('exchangeImport.removed', { count: effect.removed.count })} ·{' '}
      {t('exchangeImport.changed', { count: effect.changed.count })} ·{' '}
      {t('exchangeImport.unchanged', { count: effect.unchanged })}
      <br />
      {t('exchangeImport.total', { count: effect.total })}
    </p>
  );
}

/**
 * What the file does to the list's current version, both ways, in numbers and by name: the liaison picks one (none
 * is picked for them). Replacing warns with the persons it removes.
 */
export function ImportModeChoice({
  current,
  effects,
  mode,
  onMode,
}: {
  current: NonNullable<UploadPreview['current']>;
  effects: NonNullable<UploadPreview['effects']>;
  mode: ImportMode | null;
  onMode: (mode: ImportMode) => void;
}) {
  const { t } = useTranslation();
  const replace = effects.replace;
  return (
    <fieldset className="import-mode" data-testid="import-mode">
      <legend>{t('exchangeImport.modeLegend')}</legend>
      <p data-testid="current-version">
        {t('exchangeImport.current', { count: current.entryCount, version: current.version })}
      </p>
      {MODES.map((value) => (
        <div key={value} className="import-mode-option" data-testid={`import-mode-${value}`}>
          <label>
            <input
              type="radio"
              name="import-mode"
              value={value}
              checked={mode === value}
              onChange={() => onMode(value)}
            />{' '}
            <strong>{t(`exchangeImport.mode_${value}`)}</strong>
          </label>
          <p className="muted">{t(`exchangeImport.modeHint_${value}`)}</p>
          <Counts effect={effects[value]} />
          <details>
            <summary>{t('exchangeImport.added', { count: effects[value].added.count })}</summary>
            <Names part={effects[value].added} testId={`added-names-${value}`} />
          </details>
          {effects[value].changed.count > 0 && (
            <details>
              <summary>{t('exchangeImport.changed', { count: effects[value].changed.count })}</summary>
              <Names part={effects[value].changed} testId={`changed-names-${value}`} />
            </details>
          )}
        </div>
      ))}
      {replace.removed.count > 0 && (
        <div className="alert alert-warning" role="alert" data-testid="replace-warning">
          <p>{t('exchangeImport.replaceWarning', { count: replace.removed.count })}</p>
          <Names part={replace.removed} testId="removed-names" />
        </div>
      )}
    </fieldset>
  );
}
