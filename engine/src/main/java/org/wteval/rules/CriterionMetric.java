package org.wteval.rules;

/**
 * The metric a criterion scores, for one bid.
 *
 * @param criterion the criterion's key (efficiency, stability, lifecycle)
 * @param lowerIsBetter true for costs, false for yields and shares
 */
public record CriterionMetric(String bidId, String criterion, double value, String unit, boolean lowerIsBetter) {
}
