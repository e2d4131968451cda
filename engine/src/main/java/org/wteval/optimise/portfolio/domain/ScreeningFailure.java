package org.wteval.optimise.portfolio.domain;

/**
 * A screening test a project fails, as the programme's rule states it: the value measured against the threshold.
 *
 * @param rule the rule's stable id, e.g. {@code JCM-COST-EFFECTIVENESS}
 */
public record ScreeningFailure(String rule, String message, double measured, double threshold, String unit) {
}
