package org.wteval.rules;

/**
 * A toolkit emission limit for one pollutant.
 *
 * @param paramKey the toolkit parameter it comes from, cited by findings
 */
public record EmissionLimit(String pollutant, double value, String unit, String paramKey) {
}
