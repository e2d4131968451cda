package org.wteval.rules;

/**
 * Tender-level fact for the feasibility gates.
 *
 * @param weeklyVariation largest weekly deviation of supply, or NaN when the tender has no survey of it
 * @param guaranteedTonnesPerYear the tonnage the contract guarantees to deliver each year
 */
public record TenderFacts(double averageLhv, double lowLhv, double highLhv, double annualTonnes,
                          double weeklyVariation, int operationYears, String modality, boolean sourceSegregated,
                          double guaranteedTonnesPerYear) {
}
