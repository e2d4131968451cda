package org.wteval.rules;

/**
 * A bid's technical score as the committee gave it: the evaluators' sub-criterion scores aggregated by the toolkit's
 * rule and weighted, 0..100. Present only when the toolkit has a committee score technical proposals.
 */
public record TechnicalScoreFacts(String bidId, double score) {
}
