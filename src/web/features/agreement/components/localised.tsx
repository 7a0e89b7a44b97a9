import { useTranslation } from 'react-i18next';
import type { LocalisedText } from '../../../../server/routes/common.schemas.js';
import { pickLocalised } from '../../../lib/localised-text.js';

/** Text in the UI's language where it exists; else the English text, marked as such. */
export function Localised({
  text,
  as: Tag = 'span',
}: {
  text: LocalisedText;
  as?: 'span' | 'p' | 'h2' | 'h3';
}) {
  const { t, i18n } = useTranslation();
  const { value, fallback } = pickLocalised(text, i18n.language);
  if (!fallback) return <Tag>{value}</Tag>;
  return (
    <Tag lang="en">
      {value}{' '}
      <abbr className="fallback-mark" title={t('agreement.shownInEnglish')}>
        EN
      </abbr>
    </Tag>
  );
}
