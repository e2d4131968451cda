package org.wteval.rules;

import java.util.List;

/**
 * What a planning rule decided, as plain data that {@link Plans} turns into each bid's revenue plan. The set of
 * decisions is closed: a new kind of decision is added here and applied in {@link Plans}.
 */
public sealed interface PlanDecision
        permits TariffDecision, OutputCapDecision, OwnershipDecision, ElectricityValueDecision, JcmTierDecision,
        NoGateFeeDecision {

    /** The id of the rule that decided. */
    String ruleId();

    /** The bid the decision is about, or {@code null} for a decision on the whole tender. */
    default String bidId() {
        return null;
    }

    /** The toolkit parameters the decision rests on, which the report lists with their sources. */
    List<String> params();
}
