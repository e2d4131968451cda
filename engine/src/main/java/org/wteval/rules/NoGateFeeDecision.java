package org.wteval.rules;

import java.util.List;

/**
 * A planning rule's decision that the authority pays a bid no gate fee, because the regime provides none: the bid's
 * revenue is its electricity alone, and the fee it asked counts in no lifecycle figure.
 *
 * @param params toolkit parameters used
 */
public record NoGateFeeDecision(String bidId, String ruleId, List<String> params) implements PlanDecision {

    public NoGateFeeDecision {
        params = List.copyOf(params);
    }
}
