package org.wteval.rules;

import java.util.List;

/**
 * A planning rule's decision that the tender's stated value of a MWh to the authority prices a bid's electricity
 * in place of the bidder's own tariff assumption.
 *
 * @param perMwh the value the tender states, in the evaluation currency
 */
public record ElectricityValueDecision(String bidId, String ruleId, double perMwh) implements PlanDecision {

    /** The value comes from the tender, not the toolkit. */
    @Override
    public List<String> params() {
        return List.of();
    }
}
