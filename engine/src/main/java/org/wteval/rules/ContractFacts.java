package org.wteval.rules;

/**
 * The tender's contract as the planning rules see it.
 *
 * @param electricityValuePerMwh what a MWh is worth to the authority, as the tender states it in the evaluation
 *     currency; NaN when the tender states none
 */
public record ContractFacts(String modality, int operationYears, double electricityValuePerMwh) {
}
