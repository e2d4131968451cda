package org.wteval.rules;

/**
 * A bid's JCM screening figures, for a bid that requests a JCM subsidy.
 *
 * @param subsidyShare subsidy over initial investment
 * @param subsidyCapShare the cap that applies in the country
 * @param costEffectiveness JPY per tCO2 reduced over the legal durable years
 * @param paybackYears the project's payback without the subsidy (NaN when it never pays back)
 */
public record JcmFacts(String bidId, double subsidyShare, double subsidyCapShare, double costEffectiveness,
                       double paybackYears) {
}
