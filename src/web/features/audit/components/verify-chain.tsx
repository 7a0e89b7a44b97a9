import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerdict } from '../../../../server/routes/audit.schemas.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { useDateFormat } from '../../../lib/use-date-format.js';
import { verifyAudit } from '../api/verify-audit.js';

/** The coordinator's "verify the chain" button and its verdict. */
export function VerifyChain() {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'running' }
    | { kind: 'done'; verdict: AuditVerdict }
    | { kind: 'error'; error: unknown }
  >({ kind: 'idle' });

  const run = async () => {
    setState({ kind: 'running' });
    try {
      setState({ kind: 'done', verdict: await verifyAudit() });
    } catch (error) {
      setState({ kind: 'error', error });
    }
  };

  return (
    <section className="card verify-chain" aria-labelledby="verify-chain-button">
      <p className="muted small">{t('audit.verify.intro')}</p>
      <button
        id="verify-chain-button"
        type="button"
        className="button-secondary"
        onClick={run}
        disabled={state.kind === 'running'}
        data-testid="audit-verify"
      >
        {state.kind === 'running' ? t('audit.verify.running') : t('audit.verify.button')}
      </button>
      {state.kind === 'done' && (
        <p
          role={state.verdict.ok ? 'status' : 'alert'}
          className={state.verdict.ok ? 'alert alert-success' : 'alert alert-error'}
          data-testid="audit-verdict"
          data-ok={state.verdict.ok}
        >
          {state.verdict.ok
            ? t('audit.verify.ok', {
                count: state.verdict.checked,
                at: dates.dateTime(state.verdict.verifiedAt),
                millis: state.verdict.millis,
              })
            : t('audit.verify.bad', {
                seq: state.verdict.firstBad?.seq ?? 0,
                reason: state.verdict.firstBad?.reason ?? '',
                count: state.verdict.checked,
              })}
        </p>
      )}
      {state.kind === 'error' && <ErrorMessage error={state.error} />}
    </section>
  );
}
