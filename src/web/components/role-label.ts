import { useTranslation } from 'react-i18next';
import type { PartyKind, Role } from '../lib/api-types.js';

/** Translated names of roles and party kinds; the keys are listed, never built from the value. */
export function useRoleLabel(): (role: Role) => string {
  const { t } = useTranslation();
  const labels: Record<Role, string> = {
    coordinator: t('common.role_coordinator'),
    liaison: t('common.role_liaison'),
    observer: t('common.role_observer'),
    field_officer: t('common.role_field_officer'),
  };
  return (role) => labels[role] ?? role;
}

export function usePartyKindLabel(): (kind: PartyKind) => string {
  const { t } = useTranslation();
  const labels: Record<PartyKind, string> = {
    party: t('common.partyKind_party'),
    intermediary: t('common.partyKind_intermediary'),
    observer: t('common.partyKind_observer'),
  };
  return (kind) => labels[kind] ?? kind;
}
