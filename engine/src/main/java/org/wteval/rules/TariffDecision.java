package org.wteval.rules;

import java.util.List;

/**
 * A planning rule's decision on the tariff a bid's electricity will earn.
 *
 * @param perMwh the tariff, flat in nominal terms, in the evaluation currency
 * @param premiumPerMwh an addition during the first {@code premiumYears} operating years
 * @param formula how the rule arrived at it, as the report prints it
 * @param params toolkit parameters used
 */
public record TariffDecision(String bidId, String ruleId, double perMwh, double premiumPerMwh, int premiumYears,
                             String formula, List<String> params) implements PlanDecision {

    public TariffDecision {
        params = List.copyOf(params);
    }
}
