package org.wteval.rules;

import java.util.List;

/** A planning rule's decision that the authority owns the plant, so capex and electricity revenue are public. */
public record OwnershipDecision(String ruleId) implements PlanDecision {

    /** Ownership follows from the tender's contract modality, not from a toolkit parameter. */
    @Override
    public List<String> params() {
        return List.of();
    }
}
