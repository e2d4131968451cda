package org.wteval.rules;

import java.util.List;

/**
 * A planning rule's decision to recognise at most a plant load factor of the net capacity in each operating year.
 *
 * @param plantLoadFactors by operating year from year 1; the last value holds for later years
 */
public record OutputCapDecision(String bidId, String ruleId, List<Double> plantLoadFactors, List<String> params)
        implements PlanDecision {

    public OutputCapDecision {
        plantLoadFactors = List.copyOf(plantLoadFactors);
        params = List.copyOf(params);
    }
}
