package org.wteval.rules;

/** The tender's contract as the planning rules see it. */
public record ContractFacts(String modality, int operationYears) {
}
