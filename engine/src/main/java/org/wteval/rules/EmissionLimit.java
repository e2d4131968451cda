package org.wteval.rules;

/**
 * A toolkit emission limit for one pollutant, restated at the 11% O2 that bids guarantee at.
 *
 * @param value the limit at 11% O2, dry ({@link OxygenCorrection}); the toolkit value itself when its standard
 *              refers to 11%
 * @param paramKey the toolkit parameter it comes from, cited by findings
 */
public record EmissionLimit(String pollutant, double value, String unit, String paramKey) {
}
