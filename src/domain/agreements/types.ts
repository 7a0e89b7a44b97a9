/** Text in the UI languages; English is always there. */
export interface LocalisedText {
  en: string;
  ru?: string;
  hy?: string;
  az?: string;
}

export interface Agreement {
  id: string;
  code: string;
  title: LocalisedText;
  signedOn: string;
  sourceNote: string;
  /** The source note in each language, where recorded (the English one is `sourceNote`). */
  sourceText?: Partial<LocalisedText> | null;
}

export const PROVISION_STATUSES = [
  'not_assessed',
  'not_started',
  'in_progress',
  'implemented',
  'disputed',
] as const;
export type ProvisionStatus = (typeof PROVISION_STATUSES)[number];

/** One text of a provision: its language and where it comes from (an official publication, or a translation). */
export interface ProvisionText {
  language: keyof LocalisedText;
  source: string;
  text: string;
}

export interface Provision {
  id: string;
  agreementId: string;
  number: number;
  /** The text shown in each language. */
  text: LocalisedText;
  /** Every text of the provision by language and source. */
  texts?: ProvisionText[];
  responsiblePartyIds: string[];
  status: ProvisionStatus;
}

export type AgreementWithProvisions = Agreement & { provisions: Provision[] };

export const EVENT_KINDS = ['meeting', 'visit', 'statement'] as const;
export type AgreementEventKind = (typeof EVENT_KINDS)[number];

export interface AgreementEvent {
  id: string;
  kind: AgreementEventKind;
  date: string;
  endDate: string | null;
  title: LocalisedText;
  place: string;
  participants: string[];
  summary: LocalisedText;
  sourceNote: string;
  /** The place, the participants and the source in each language, where recorded. */
  placeText?: LocalisedText | null;
  participantsText?: LocalisedText[] | null;
  sourceText?: LocalisedText | null;
}

export interface NewProvision {
  number: number;
  text: LocalisedText;
  /** The texts by source; by default each language of `text` with the agreement's source note. */
  texts?: ProvisionText[];
  responsiblePartyIds: string[];
  status?: ProvisionStatus;
}

export interface NewAgreement {
  code: string;
  title: LocalisedText;
  signedOn: string;
  sourceNote: string;
  sourceText?: Partial<LocalisedText> | null;
  provisions: NewProvision[];
}

export type NewAgreementEvent = Omit<AgreementEvent, 'id' | 'endDate'> & { endDate?: string | null };
