import { useTranslation } from 'react-i18next';
import type { PairExplanation } from '../../../../server/exchange/reconciliation.schemas.js';
import { formatPercentNumber, formatSigned } from '../../../lib/number-format.js';
import { useExchangeLabels } from '../lib/labels.js';
import { buildWaterfall, scalePosition } from '../lib/waterfall.js';

/**
 * The engine's explanation as a waterfall: the prior, then each comparison's match weight (bits of evidence for or
 * against) pushing the running total, which ends at the pair's weight and probability.
 */
export function MatchWaterfall({ explanation }: { explanation: PairExplanation }) {
  const { t, i18n } = useTranslation();
  const labels = useExchangeLabels();
  const formatWeight = (weight: number) => formatSigned(weight, i18n.language);
  const waterfall = buildWaterfall(explanation);
  const zero = scalePosition(0, waterfall);
  const bar = (from: number, to: number, weight: number) => {
    const left = scalePosition(Math.min(from, to), waterfall);
    const width = Math.max(scalePosition(Math.max(from, to), waterfall) - left, 0.5);
    return (
      <div className="waterfall-track" aria-hidden="true">
        <span className="waterfall-zero" style={{ left: `${zero}%` }} />
        <span
          className={weight >= 0 ? 'waterfall-bar waterfall-for' : 'waterfall-bar waterfall-against'}
          style={{ left: `${left}%`, width: `${width}%` }}
        />
      </div>
    );
  };
  const termOf = new Map(explanation.terms.map((term) => [term.comparison, term]));

  return (
    <div className="table-wrap waterfall" data-testid="waterfall">
      <table>
        <caption>{t('exchange.review.waterfallCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchange.review.comparison')}</th>
            <th scope="col">{t('exchange.review.level')}</th>
            <th scope="col">{t('exchange.review.values')}</th>
            <th scope="col">{t('exchange.review.weight')}</th>
            <th scope="col" className="waterfall-bar-cell">
              <span className="visually-hidden">{t('exchange.review.runningTotal')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {waterfall.steps.map((step) => {
            const term = termOf.get(step.id);
            return (
              <tr key={step.id} data-testid="waterfall-step">
                <th scope="row">{labels.comparison(step.id)}</th>
                <td data-label={t('exchange.review.level')} data-testid="waterfall-level">
                  {term ? labels.level(term.label, term.levelId) : t('exchange.review.priorLevel')}
                </td>
                <td data-label={t('exchange.review.values')} className="as-written">
                  {term && (term.valueLeft || term.valueRight)
                    ? `${term.valueLeft || t('common.none')} · ${term.valueRight || t('common.none')}`
                    : ''}
                </td>
                <td data-label={t('exchange.review.weight')} className="number">
                  {formatWeight(step.weight)}
                </td>
                <td className="waterfall-bar-cell">{bar(step.from, step.to, step.weight)}</td>
              </tr>
            );
          })}
          <tr className="waterfall-total">
            <th scope="row">{t('exchange.review.total')}</th>
            <td colSpan={2}>
              {t('exchange.review.probability', {
                percent: formatPercentNumber(explanation.matchProbability, i18n.language),
              })}
            </td>
            <td className="number">{formatWeight(waterfall.total)}</td>
            <td className="waterfall-bar-cell">{bar(0, waterfall.total, waterfall.total)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
