package org.wteval.rules;

/**
 * One bid as the rules see it: declared values and calculated metrics, all in the units their names state.
 *
 * @param diagramCapacityTonnesPerDay what the combustion diagram supports at design LHV, all lines, 24 h
 * @param declaredToDiagramCapacity declared capacity over the diagram's capacity
 * @param feeToMeanOfOthers levelised gate fee over the mean of the other bids' (NaN with no other bid)
 * @param feeToNextBid levelised gate fee over the lowest fee at or above it among the other bids (NaN if none)
 * @param tippingFeePerTonne gate fee asked, base year, in the evaluation currency
 * @param assumedToRegulatedTariff the bid's assumed tariff over the regulated one (NaN when none is regulated)
 * @param japaneseEfficiencyThreshold the size-dependent MOEJ threshold at the declared capacity
 * @param r1Corrected R1 with the climate correction factor
 * @param costCoverage present value of what the bidder earns over what it spends ({@code revenueCostCoverage})
 * @param leastCapacityTonnesPerYear the least yearly throughput of the combustion diagram at any LHV between the
 *     tender's low and high LHV (lines × t(L) × availability hours; zero where the stable window does not reach)
 */
public record BidFacts(String bidId, double availabilityHours, double netEfficiencyDesign, double minLhv,
                       double maxLhv, double declaredCapacityTonnesPerDay, double diagramCapacityTonnesPerDay,
                       double declaredToDiagramCapacity,
                       double levelisedGateFee, double feeToMeanOfOthers, double feeToNextBid,
                       double costCoverage, double tippingFeePerTonne, double assumedToRegulatedTariff,
                       boolean continuousMonitoring, double japaneseEfficiencyThreshold, double r1Corrected,
                       double leastCapacityTonnesPerYear) {
}
