package org.wteval.optimise.award.domain;

import java.util.List;

/**
 * Awarding one lot to one offer: what it adds to the objective, and why it may not be awarded at all.
 *
 * @param lot the lot's id
 * @param tonnesPerDay the lot's waste, which the award takes from its bidder's build capacity
 * @param cost the authority's lifecycle cost of the lot under this offer, in whole currency units
 * @param scoreUnits the offer's total score at the lot, in thousandths of a point
 * @param ineligibility why the offer may not be awarded the lot (disqualified, rejected by the committee, below the
 *     lot's minimum score); empty when it may
 */
public record AwardOption(Offer offer, String lot, double tonnesPerDay, long cost, long scoreUnits,
                          List<String> ineligibility) {

    public AwardOption {
        ineligibility = List.copyOf(ineligibility);
    }

    public String bidId() {
        return offer.bidId();
    }

    public String bidder() {
        return offer.bidder();
    }

    public boolean eligible() {
        return ineligibility.isEmpty();
    }

    /** The lot's tonnes per day in kg per day, the unit the capacity constraint sums in. */
    public long kgPerDay() {
        return Math.round(tonnesPerDay * 1000);
    }

    /** What the option adds to the soft score under {@code objective}: minus the cost, or plus the score. */
    public long softValue(Objective objective) {
        return objective == Objective.LOWEST_COST ? -cost : scoreUnits;
    }

    @Override
    public String toString() {
        return offer.bidId() + "@" + lot;
    }
}
