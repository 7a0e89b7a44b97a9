export const RETURN_MODES = ['with_convoy', 'on_their_own'] as const;
export type ReturnMode = (typeof RETURN_MODES)[number];

/** A count of people who returned on one day from one place to another, after IOM's DTM flow counts. */
export interface ReturnCount {
  date: string;
  originPlaceId: string | null;
  destinationPlaceId: string;
  individuals: number;
  households: number | null;
  mode: ReturnMode;
  movementId: string | null;
  source: string;
}
