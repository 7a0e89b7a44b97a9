import { useTranslation } from 'react-i18next';
import type { Role } from '../../server/routes/common.schemas.js';
import type { PartyKind } from '../../server/routes/parties.schemas.js';

// Every key is written out, so the catalogue test and the typed t() see them (keys are never built).
const ROLE_KEYS = {
  coordinator: 'common.role_coordinator',
  liaison: 'common.role_liaison',
  observer: 'common.role_observer',
  field_officer: 'common.role_field_officer',
} as const satisfies Record<Role, string>;

const PARTY_KIND_KEYS = {
  party: 'common.partyKind_party',
  intermediary: 'common.partyKind_intermediary',
  observer: 'common.partyKind_observer',
} as const satisfies Record<PartyKind, string>;

/** The roles and party kinds the API knows, in the order the forms offer them. */
export const ROLES = Object.keys(ROLE_KEYS) as Role[];
export const PARTY_KINDS = Object.keys(PARTY_KIND_KEYS) as PartyKind[];

/** Translated names of roles and party kinds; an unknown value is shown as it is. */
export function useRoleLabel(): (role: Role) => string {
  const { t } = useTranslation();
  return (role) => (Object.hasOwn(ROLE_KEYS, role) ? t(ROLE_KEYS[role]) : role);
}

export function usePartyKindLabel(): (kind: PartyKind) => string {
  const { t } = useTranslation();
  return (kind) => (Object.hasOwn(PARTY_KIND_KEYS, kind) ? t(PARTY_KIND_KEYS[kind]) : kind);
}
