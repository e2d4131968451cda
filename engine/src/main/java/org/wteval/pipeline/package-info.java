/**
 * The engine as a library, and its orchestration: {@link org.wteval.pipeline.Engine}, built once from a rule and a
 * toolkit folder, validates a case read by any reader ({@link org.wteval.pipeline.Validator}: toolkit checks,
 * committee score sheets and resolution, every problem at once) and evaluates it
 * ({@link org.wteval.pipeline.Evaluator}: planning rules, calculators, the committee's technical scores, judging
 * rules, the abnormally-low-bid procedure ({@link org.wteval.pipeline.AlpProcedure}), scores, ranking and the
 * rank-reversal check ({@link org.wteval.pipeline.RankReversal})) into one immutable
 * {@link org.wteval.pipeline.Evaluation} with its audit trail. {@link org.wteval.pipeline.FastPath} re-runs an
 * evaluation's arithmetic on primitives with its decisions held, for analyses that re-score a tender many times.
 */
package org.wteval.pipeline;
