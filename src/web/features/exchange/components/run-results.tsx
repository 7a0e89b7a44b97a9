import { useTranslation } from 'react-i18next';
import type { NamedCount, SideDiscrepancy } from '../../../../server/exchange/report.schemas.js';
import { usePartyNames } from '../lib/use-party-names.js';
import { PersonName } from './person-name.js';

/** One group of persons: its count, then each name as written, a person listed twice or more flagged with its rows. */
export function PersonGroup({ label, group, testId }: { label: string; group: NamedCount; testId: string }) {
  const { t } = useTranslation();
  return (
    <details className="report-group" data-testid={testId}>
      <summary>
        {label}: <strong className="count">{group.count}</strong>
      </summary>
      <ul className="name-list">
        {group.persons.map((person, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two persons may share a name
          <li key={index}>
            <PersonName
              person={{
                displayName: person.name,
                names: person.names,
                birthDate: person.birthDate,
                listIds: person.listId ? [person.listId] : [],
              }}
            />
            {person.duplicate && (
              <span className="badge" data-testid="duplicate-flag">
                {t('exchangePairs.results.duplicate', { rows: person.rows.join(', ') })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * A run's results for one side, from the report's one computation: whom the party looks for, and of them those
 * located, those still to confirm and those not located; whom the other side holds that the party did not list.
 */
export function RunSideResults({ side }: { side: SideDiscrepancy }) {
  const { t } = useTranslation();
  const partyName = usePartyNames();
  const party = partyName(side.partyId);
  const other = partyName(side.otherPartyId);
  return (
    <section className="card report-side" data-testid="results-side" data-party={side.partyId}>
      <h2>{t('exchange.report.side', { party, other })}</h2>
      <PersonGroup
        label={t('exchangePairs.results.claimed')}
        group={side.claimedMissing}
        testId="results-claimed"
      />
      <PersonGroup
        label={t('exchangePairs.results.located')}
        group={side.locatedInOtherList}
        testId="results-located"
      />
      <PersonGroup
        label={t('exchangePairs.results.toConfirm')}
        group={side.awaitingReview}
        testId="results-to-confirm"
      />
      <PersonGroup
        label={t('exchangePairs.results.notLocated')}
        group={side.claimedButNotLocated}
        testId="results-not-located"
      />
      <PersonGroup
        label={t('exchangePairs.results.heldNotClaimed')}
        group={side.heldButNotClaimed}
        testId="results-held-not-claimed"
      />
    </section>
  );
}
