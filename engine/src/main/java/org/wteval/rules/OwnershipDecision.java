package org.wteval.rules;

/** A planning rule's decision that the authority owns the plant, so capex and electricity revenue are public. */
public record OwnershipDecision(String ruleId) {
}
