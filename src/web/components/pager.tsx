import { useTranslation } from 'react-i18next';

interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}

export function Pager({ offset, limit, total, onChange }: PagerProps) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const from = offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={t('common.pager.label')}>
      <button type="button" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        {t('common.buttons.previous')}
      </button>
      <span>{t('common.pager.range', { from, to, total })}</span>
      <button type="button" disabled={to >= total} onClick={() => onChange(offset + limit)}>
        {t('common.buttons.next')}
      </button>
    </nav>
  );
}

interface CursorPagerProps {
  /** Which page this is, from 0. */
  index: number;
  limit: number;
  /** Rows on this page. */
  shown: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** Previous and next over keyset pages, whose total the server does not count. */
export function CursorPager({ index, limit, shown, hasNext, onPrevious, onNext }: CursorPagerProps) {
  const { t } = useTranslation();
  if (shown === 0 && index === 0) return null;
  const from = index * limit + 1;
  return (
    <nav className="pager" aria-label={t('common.pager.label')}>
      <button type="button" disabled={index === 0} onClick={onPrevious}>
        {t('common.buttons.previous')}
      </button>
      <span>{t('common.pager.rangeOpen', { from, to: index * limit + shown })}</span>
      <button type="button" disabled={!hasNext} onClick={onNext}>
        {t('common.buttons.next')}
      </button>
    </nav>
  );
}
