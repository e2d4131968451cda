package org.wteval.rules;

/**
 * The authority's own cost estimate per tonne, present only when the tender states one.
 *
 * @param basis the bid figure it compares with, as in {@link PriceFacts#basis()}
 * @param perTonne in the evaluation currency, base-year prices
 */
public record OwnerEstimate(String basis, double perTonne) {
}
