/**
 * Orchestration: loads and validates a case with its toolkit, resolves it, runs the calculators and the rules,
 * ranks the bids and returns one immutable {@link org.wteval.pipeline.Evaluation} with its audit trail.
 */
package org.wteval.pipeline;
