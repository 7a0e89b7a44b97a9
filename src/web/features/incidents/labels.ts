// Every key is written out, so the catalogue test and the typed t() see them (keys are never built).
export const INCIDENT_STATUS_KEYS = {
  reported: 'incidents.status.reported',
  under_review: 'incidents.status.under_review',
  verified: 'incidents.status.verified',
  not_verified: 'incidents.status.not_verified',
  disputed: 'incidents.status.disputed',
  published: 'incidents.status.published',
} as const;

export const INCIDENT_EVENT_KEYS = {
  start_review: 'incidents.event.start_review',
  verify: 'incidents.event.verify',
  find_unverified: 'incidents.event.find_unverified',
  find_disputed: 'incidents.event.find_disputed',
  reopen: 'incidents.event.reopen',
  publish: 'incidents.event.publish',
} as const;

export const INCIDENT_KIND_KEYS = {
  explosion: 'incidents.kind.explosion',
  shots: 'incidents.kind.shots',
  illumination_flare: 'incidents.kind.illumination_flare',
  drone: 'incidents.kind.drone',
  movement_restriction: 'incidents.kind.movement_restriction',
  casualties: 'incidents.kind.casualties',
  damage: 'incidents.kind.damage',
  other: 'incidents.kind.other',
} as const;

export const CASUALTY_KEYS = {
  military_killed: 'incidents.casualty.military_killed',
  military_wounded: 'incidents.casualty.military_wounded',
  civilian_killed: 'incidents.casualty.civilian_killed',
  civilian_wounded: 'incidents.casualty.civilian_wounded',
} as const;
