package org.wteval.rules;

/**
 * One bid's price on the basis the tender's price reference names, for the abnormally-low comparisons with the
 * owner's estimate and with the other responsive bids.
 *
 * @param basis {@link org.wteval.model.Tender#AUTHORITY_COST_PER_TONNE} or
 *     {@link org.wteval.model.Tender#LEVELISED_GATE_FEE} (the latter when the tender states no reference)
 * @param perTonne the bid's figure on that basis, real, in the evaluation currency per tonne
 * @param rejectedByCommittee the committee rejected the bid as abnormally low: it is no longer responsive, so the
 *     other bids are not compared with it (its own flags stay, as the record of why it was rejected)
 */
public record PriceFacts(String bidId, String basis, double perTonne, boolean rejectedByCommittee) {

    /** For the standard deviation a rule accumulates. */
    public double perTonneSquared() {
        return perTonne * perTonne;
    }
}
