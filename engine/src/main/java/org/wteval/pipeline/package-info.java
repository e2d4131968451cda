/**
 * The engine as a library, and its orchestration: {@link org.wteval.pipeline.Engine}, built once from a rule and a
 * toolkit folder, validates a case read by any reader ({@link org.wteval.pipeline.Validator}: toolkit checks and
 * resolution, every problem at once) and evaluates it ({@link org.wteval.pipeline.Evaluator}: planning rules,
 * calculators, judging rules, scores, ranking) into one immutable {@link org.wteval.pipeline.Evaluation} with its
 * audit trail. {@link org.wteval.pipeline.FastPath} re-runs an evaluation's arithmetic on primitives with its
 * decisions held, for analyses that re-score a tender many times.
 */
package org.wteval.pipeline;
