// The JSON shapes of the HTTP API, as docs/contracts.md defines them.
export type Role = 'coordinator' | 'liaison' | 'observer' | 'field_officer';
export const ROLES: readonly Role[] = ['coordinator', 'liaison', 'observer', 'field_officer'];

export type PartyKind = 'party' | 'intermediary' | 'observer';
export const PARTY_KINDS: readonly PartyKind[] = ['party', 'intermediary', 'observer'];

export type Language = 'en' | 'ru' | 'hy' | 'az';

export interface LocalisedText {
  en: string;
  ru?: string | null;
  hy?: string | null;
  az?: string | null;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  partyId: string | null;
  post: string | null;
  active: boolean;
  locale: string;
  timeZone: string;
  createdAt: string;
}

export interface Party {
  id: string;
  code: string;
  kind: PartyKind;
  names: LocalisedText;
  active: boolean;
}

export interface Session {
  user: User;
  party: Party | null;
  csrfToken: string;
}

export interface AuditActor {
  userId: string | null;
  username: string;
  via: 'api' | 'cli';
}

export interface AuditEntry {
  id: string;
  seq: number;
  at: string;
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: Record<string, unknown>;
  hash: string;
  prevHash: string | null;
}

export interface Agreement {
  id: string;
  code: string;
  title: LocalisedText;
  signedOn: string;
  sourceNote: string;
}

export type ProvisionStatus = 'not_assessed' | 'not_started' | 'in_progress' | 'implemented' | 'disputed';

export interface Provision {
  id: string;
  agreementId: string;
  number: number;
  text: LocalisedText;
  responsiblePartyIds: string[];
  status: ProvisionStatus;
}

export interface AgreementEvent {
  id: string;
  kind: 'meeting' | 'visit' | 'statement';
  date: string;
  endDate?: string | null;
  title: LocalisedText;
  place: string;
  participants: string[];
  summary: LocalisedText;
  sourceNote: string;
}

export interface ItemList<T> {
  items: T[];
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { in?: 'body' | 'querystring' | 'params' | 'headers'; path: string; message: string }[];
}
