package org.wteval.rules;

/**
 * Tender-level fact for the feasibility gates.
 *
 * @param weeklyVariation largest weekly deviation of supply, or NaN when the tender has no survey of it
 * @param guaranteedTonnesPerYear the tonnage the contract guarantees to deliver each year
 * @param tonnesPerDay waste delivered per day in the first operating year, as the tender states it
 */
public record TenderFacts(double averageLhv, double lowLhv, double highLhv, double annualTonnes,
                          double weeklyVariation, int operationYears, String modality, boolean sourceSegregated,
                          double guaranteedTonnesPerYear, double tonnesPerDay) {
}
