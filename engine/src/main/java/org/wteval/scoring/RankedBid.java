package org.wteval.scoring;

import java.util.Map;

/**
 * A qualified bid's place in the ranking.
 *
 * @param total the method's figure for the bid (points or a price, see the method's unit)
 * @param audit the method's intermediate figures for this bid
 * @param tieBreak how this bid's place was decided against a bid with the same total as printed, or {@code null}
 */
public record RankedBid(int rank, String bidId, double total, Map<String, Double> audit, String tieBreak) {
}
