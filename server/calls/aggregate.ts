/**
 * The jury's table, with no I/O: each juror's submitted review gives a mark out of 100 (the
 * weighted mean of their criterion scores, each over its own scale); an application's figures are
 * the mean of those marks, their spread (highest minus lowest: how far the jurors disagree), and
 * the mean of each criterion over its scale's own units.
 */

export type Criterion = { id: string; weight: number; scaleMax: number };
export type Review = { userId: string; scores: ReadonlyMap<string, number> };

export type ApplicationFigures = {
  reviewCount: number;
  /** Mean mark out of 100; null when nobody has submitted a review. */
  mean: number | null;
  /** Highest minus lowest mark out of 100; null without reviews. */
  spread: number | null;
  /** Mean score per criterion, in the criterion's scale; null without reviews. */
  perCriterion: Map<string, number | null>;
};

const round1 = (value: number) => Math.round(value * 10) / 10;

/** One juror's mark out of 100, or null when a criterion is left unscored. */
export function reviewMark(
  criteria: readonly Criterion[],
  scores: ReadonlyMap<string, number>,
): number | null {
  let weighted = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const score = scores.get(criterion.id);
    if (score === undefined) return null;
    weighted += (criterion.weight * score) / criterion.scaleMax;
    weights += criterion.weight;
  }
  return weights > 0 ? (100 * weighted) / weights : null;
}

export function aggregateApplication(
  criteria: readonly Criterion[],
  reviews: readonly Review[],
): ApplicationFigures {
  const marks = reviews
    .map((review) => reviewMark(criteria, review.scores))
    .filter((m): m is number => m !== null);
  const perCriterion = new Map<string, number | null>();
  for (const criterion of criteria) {
    const scores = reviews.map((r) => r.scores.get(criterion.id)).filter((s): s is number => s !== undefined);
    perCriterion.set(
      criterion.id,
      scores.length ? round1(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
    );
  }
  if (marks.length === 0) return { reviewCount: 0, mean: null, spread: null, perCriterion };
  return {
    reviewCount: marks.length,
    mean: round1(marks.reduce((a, b) => a + b, 0) / marks.length),
    spread: round1(Math.max(...marks) - Math.min(...marks)),
    perCriterion,
  };
}

/**
 * The ranking the table proposes: by mean mark, highest first; an application nobody scored comes
 * last; ties keep the order given (the applications' names), so the proposal is stable.
 */
export function proposeRanking<T extends { mean: number | null }>(rows: readonly T[]): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (a.row.mean === b.row.mean) return a.index - b.index;
      if (a.row.mean === null) return 1;
      if (b.row.mean === null) return -1;
      return b.row.mean - a.row.mean;
    })
    .map(({ row }) => row);
}
