package org.wteval.rules;

/**
 * A bid as the planning rules see it, before any lifecycle figure exists: what a regulator's tariff depends on.
 *
 * @param netCapacityMw electricity exported at the design point (the "MW sold" of capacity-banded tariffs)
 * @param requestsJcm the bid requests a JCM Model Project subsidy
 */
public record PlanFacts(String bidId, double netCapacityMw, double capacityTonnesPerDay, boolean requestsJcm) {
}
