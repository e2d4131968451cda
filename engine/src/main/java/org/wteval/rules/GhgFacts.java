package org.wteval.rules;

/**
 * A bid's GHG account as the rules see it; only bids with an account (a toolkit with a grid emission factor) have one.
 *
 * @param annualEmissionReductions reference minus project emissions, mean over the crediting years (tCO2e/yr);
 *     negative when the plant emits more than the landfill and grid power it replaces
 */
public record GhgFacts(String bidId, double annualEmissionReductions) {
}
