package org.wteval.rules;

/**
 * A bid's stated financing as the rules see it; only bids that state financing have one.
 *
 * @param dscrMinimum the lowest yearly debt-service cover over the loan (cash flow available over debt service)
 * @param dscrMinimumYear the calendar year of {@code dscrMinimum}
 */
public record FinancingFacts(String bidId, double dscrMinimum, int dscrMinimumYear) {
}
