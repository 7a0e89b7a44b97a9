import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  NamedCountPage,
  ReportPerson,
  ReportSectionName,
  SideDiscrepancy,
} from '../../../../server/exchange/report.schemas.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { usePartyNames } from '../../../lib/use-party-names.js';
import { PersonName } from './person-name.js';

/** The next page of a section of a side: its persons from `offset`. */
export type LoadSection = (section: ReportSectionName, offset: number) => Promise<NamedCountPage>;

/**
 * One group of persons: its count, then each name as written, a person listed twice or more flagged with its rows.
 * The answer holds the first page of a long group; "Show more" reads the next one (`more`).
 */
export function PersonGroup({
  label,
  group,
  testId,
  more,
}: {
  label: string;
  group: NamedCountPage;
  testId: string;
  more?: (offset: number) => Promise<NamedCountPage>;
}) {
  const { t } = useTranslation();
  const [pages, setPages] = useState<{ persons: ReportPerson[]; next: number | null }>({
    persons: group.persons,
    next: group.next,
  });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setPages({ persons: group.persons, next: group.next }), [group]);
  const showMore = async () => {
    if (!more || pages.next === null) return;
    setLoading(true);
    setError(null);
    try {
      const page = await more(pages.next);
      setPages((before) => ({ persons: [...before.persons, ...page.persons], next: page.next }));
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  };
  return (
    <details className="report-group" data-testid={testId}>
      <summary>
        {label}: <strong className="count">{group.count}</strong>
      </summary>
      <ul className="name-list">
        {pages.persons.map((person, index) => (
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
      {error !== null && <ErrorMessage error={error} />}
      {more && pages.next !== null && (
        <button
          type="button"
          className="button-secondary"
          data-testid="show-more"
          disabled={loading}
          onClick={() => void showMore()}
        >
          {t('exchangePairs.results.showMore', { shown: pages.persons.length, count: group.count })}
        </button>
      )}
    </details>
  );
}

/**
 * A run's results for one side, from the report's one computation: whom the party looks for, and of them those
 * located, those still to confirm and those not located; whom the other side holds that the party did not list.
 */
export function RunSideResults({ side, more }: { side: SideDiscrepancy; more?: LoadSection }) {
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
        more={more && ((offset) => more('claimedMissing', offset))}
        testId="results-claimed"
      />
      <PersonGroup
        label={t('exchangePairs.results.located')}
        group={side.locatedInOtherList}
        more={more && ((offset) => more('locatedInOtherList', offset))}
        testId="results-located"
      />
      <PersonGroup
        label={t('exchangePairs.results.toConfirm')}
        group={side.awaitingReview}
        more={more && ((offset) => more('awaitingReview', offset))}
        testId="results-to-confirm"
      />
      <PersonGroup
        label={t('exchangePairs.results.notLocated')}
        group={side.claimedButNotLocated}
        more={more && ((offset) => more('claimedButNotLocated', offset))}
        testId="results-not-located"
      />
      <PersonGroup
        label={t('exchangePairs.results.heldNotClaimed')}
        group={side.heldButNotClaimed}
        more={more && ((offset) => more('heldButNotClaimed', offset))}
        testId="results-held-not-claimed"
      />
    </section>
  );
}
