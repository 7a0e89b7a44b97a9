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
