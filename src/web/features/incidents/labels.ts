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

export const EXPLOSION_TYPE_KEYS = {
  undetermined: 'incidents.explosionType.undetermined',
  artillery: 'incidents.explosionType.artillery',
  mortar: 'incidents.explosionType.mortar',
  tank: 'incidents.explosionType.tank',
  rocket_artillery: 'incidents.explosionType.rocket_artillery',
  anti_tank_missile: 'incidents.explosionType.anti_tank_missile',
  grenade: 'incidents.explosionType.grenade',
  mine_or_ied: 'incidents.explosionType.mine_or_ied',
  air_strike: 'incidents.explosionType.air_strike',
} as const;

export const SHOT_TYPE_KEYS = {
  undetermined: 'incidents.shotType.undetermined',
  small_arms: 'incidents.shotType.small_arms',
  heavy_machine_gun: 'incidents.shotType.heavy_machine_gun',
  sniper: 'incidents.shotType.sniper',
} as const;

export const OBSERVATION_MODE_KEYS = {
  heard: 'incidents.observedBy.heard',
  seen: 'incidents.observedBy.seen',
  heard_and_seen: 'incidents.observedBy.heard_and_seen',
  camera: 'incidents.observedBy.camera',
  drone: 'incidents.observedBy.drone',
  reported_by_others: 'incidents.observedBy.reported_by_others',
} as const;

export const DIRECTION_KEYS = {
  N: 'incidents.direction.N',
  NE: 'incidents.direction.NE',
  E: 'incidents.direction.E',
  SE: 'incidents.direction.SE',
  S: 'incidents.direction.S',
  SW: 'incidents.direction.SW',
  W: 'incidents.direction.W',
  NW: 'incidents.direction.NW',
  undetermined: 'incidents.direction.undetermined',
} as const;

export const TIME_PRECISION_KEYS = {
  minute: 'incidents.timePrecision.minute',
  hour: 'incidents.timePrecision.hour',
  day: 'incidents.timePrecision.day',
  week: 'incidents.timePrecision.week',
  month: 'incidents.timePrecision.month',
} as const;

export const PLACE_PRECISION_KEYS = {
  exact: 'incidents.placePrecision.exact',
  near: 'incidents.placePrecision.near',
  district: 'incidents.placePrecision.district',
} as const;

/** Why the server refused a field (domain observationProblems, the gazetteer and party checks). */
export const PROBLEM_KEYS = {
  not_a_time: 'incidents.problem.not_a_time',
  in_the_future: 'incidents.problem.in_the_future',
  out_of_range: 'incidents.problem.out_of_range',
  no_place: 'incidents.problem.no_place',
  not_for_this_kind: 'incidents.problem.not_for_this_kind',
  not_a_count: 'incidents.problem.not_a_count',
  not_in_gazetteer: 'incidents.problem.not_in_gazetteer',
  not_a_party: 'incidents.problem.not_a_party',
  required: 'incidents.problem.required',
} as const;
