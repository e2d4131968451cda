package org.wteval.scoring;

import java.util.Map;
import org.wteval.model.Criterion;

/**
 * A qualified bid's place in the ranking.
 *
 * @param weighted each criterion's contribution to the total: weight × score
 * @param tieBreak how this bid's place was decided against a bid with the same rounded total, or {@code null}
 */
public record RankedBid(int rank, String bidId, double total, Map<Criterion, Double> weighted, String tieBreak) {
}
