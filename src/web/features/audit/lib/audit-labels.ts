import { useTranslation } from 'react-i18next';
import { ACTION_KEYS, ENTITY_KEYS, FIELD_KEYS } from './audit-keys.js';

const isKeyOf = <T extends object>(map: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(map, key);

/** The audit log's codes in the UI's language; a code the catalogues do not know yet is shown as the server sent it. */
export function useAuditLabels() {
  const { t } = useTranslation();
  return {
    action: (code: string) => (isKeyOf(ACTION_KEYS, code) ? t(ACTION_KEYS[code]) : code),
    entity: (type: string) => (isKeyOf(ENTITY_KEYS, type) ? t(ENTITY_KEYS[type]) : type),
    field: (name: string) => (isKeyOf(FIELD_KEYS, name) ? t(FIELD_KEYS[name]) : name),
    /** The entity types with a label, for the filter. */
    entityTypes: Object.keys(ENTITY_KEYS),
  };
}
