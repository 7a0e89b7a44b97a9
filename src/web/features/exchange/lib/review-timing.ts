/** Performance marks around the review queue: from the page's first render to the first pairs on screen. */
export const REVIEW_START_MARK = 'parley:review-queue:start';
export const REVIEW_SHOWN_MARK = 'parley:review-queue:shown';
export const REVIEW_MEASURE = 'parley:review-queue';

export function markReviewStart(): void {
  performance.clearMarks(REVIEW_START_MARK);
  performance.clearMarks(REVIEW_SHOWN_MARK);
  performance.clearMeasures(REVIEW_MEASURE);
  performance.mark(REVIEW_START_MARK);
}

/** Measures once per page visit; the e2e test reads the measure by name. */
export function markReviewShown(): void {
  if (performance.getEntriesByName(REVIEW_MEASURE).length > 0) return;
  performance.mark(REVIEW_SHOWN_MARK);
  performance.measure(REVIEW_MEASURE, REVIEW_START_MARK, REVIEW_SHOWN_MARK);
}
