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
 */
package org.wteval.scoring;
