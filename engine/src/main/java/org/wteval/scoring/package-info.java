/**
 * Scores and ranks the qualified bids: normalises each criterion's metric to 0..100 as the toolkit's
 * {@link org.wteval.scoring.ScoringSpec} says ({@link org.wteval.scoring.Normalisation}, applied by
 * {@link org.wteval.scoring.CriterionScorer}), combines the scores and price into a total by the toolkit's
 * {@link org.wteval.scoring.EvaluationMethod}, ranks the bids and breaks ties by the toolkit's stated rule.
 * Disqualified bids get no score and no rank. {@link org.wteval.scoring.ScoreFigures} turns the scores and totals into
 * explanation trees.
 *
 * <p>The normalisations were scoring rules once and keep those rules' ids and clauses
 * ({@code SC-LINEAR}, {@code SC-RELATIVE-TO-BEST}, {@code SC-THRESHOLD}), which every score cites;
 * {@code SC-PUBLISHED-ANCHORS} scores lifecycle cost between the prices the tender publishes. They are
 * arithmetic, not decisions, so they run here in plain Java: without a rule session, and on primitive arrays
 * ({@link org.wteval.scoring.CriterionScorer#score}) where a caller re-scores many times.
 *
 * <p>Where a toolkit has a committee score the technical proposals ({@link org.wteval.scoring.CommitteeSpec}),
 * {@link org.wteval.scoring.TechnicalScores} checks the evaluators' score sheets, flags outliers around the median,
 * aggregates each sub-criterion and weighs them into a technical score per bid, and measures the committee's
 * agreement ({@link org.wteval.scoring.CommitteeStatistics}: MAD, Kendall's W and its χ² test). Whether a bid meets
 * the minimum technical score is a rule's decision ({@code WB-TECH-MIN-SCORE}), not this package's.
 */
package org.wteval.scoring;
