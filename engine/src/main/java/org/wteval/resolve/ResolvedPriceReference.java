package org.wteval.resolve;

import org.wteval.model.Figure;

/**
 * The tender's price reference in the evaluation currency, each price explained by its field and rate.
 *
 * @param basis {@link org.wteval.model.Tender#AUTHORITY_COST_PER_TONNE} or
 *     {@link org.wteval.model.Tender#LEVELISED_GATE_FEE}: the bid figure the prices compare with
 * @param ownerEstimate the authority's cost estimate per tonne; {@code null} when the tender states none
 * @param ceiling the highest price per tonne the authority accepts; {@code null} when it publishes none
 */
public record ResolvedPriceReference(String basis, Figure ownerEstimate, Figure ceiling) {
}
