package org.wteval.optimise.award.domain;

import java.util.List;

/**
 * One bid as the award sees it, the same for every lot it covers.
 *
 * @param lotGroup the lot group of a package bid, which wins all of {@code lots} or none; {@code null} for a bid
 *     whose lots may each be awarded on its own
 * @param lots the lots the bid covers, in the tender's order
 * @param capacityKgPerDay the bidder's build capacity in kg per day, or {@link #UNLIMITED}
 */
public record Offer(String bidId, String bidder, String lotGroup, List<String> lots, long capacityKgPerDay) {

    /** A bidder that states no build capacity. */
    public static final long UNLIMITED = Long.MAX_VALUE;

    public Offer {
        lots = List.copyOf(lots);
    }

    public boolean isPackage() {
        return lotGroup != null;
    }
}
