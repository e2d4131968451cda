package org.wteval.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the evaluation committee records in the case folder: its decisions on bids the engine flagged
 * ({@code committee.yaml}), and each evaluator's scores of the technical proposals ({@code evaluators/*.yaml}, one
 * file per evaluator).
 *
 * @param decisions in the order the committee recorded them
 * @param scoreSheets one per evaluator, in the order the source lists them
 * @param lotAwards in a tender with lots, the awards the committee has already fixed, which the lot award keeps
 */
public record Committee(List<Decision> decisions, List<ScoreSheet> scoreSheets, List<LotAward> lotAwards) {

    public Committee {
        lotAwards = lotAwards == null ? List.of() : List.copyOf(lotAwards);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        scoreSheets = scoreSheets == null ? List.of() : List.copyOf(scoreSheets);
    }

    /** The committee's decisions and score sheets, with no lot award fixed. */
    public Committee(List<Decision> decisions, List<ScoreSheet> scoreSheets) {
        this(decisions, scoreSheets, null);
    }

    /** A case with no committee input yet. */
    public static Committee none() {
        return new Committee(List.of(), List.of());
    }

    /**
     * A lot the committee has already awarded, before the rest of the award is optimised.
     *
     * @param bidId the bid awarded the lot (for a package bid, each lot of its group is listed)
     * @param date the date of the decision, as the minutes state it
     */
    public record LotAward(String lot, String bidId, String date, String decidedBy) {
    }

    /** The outcomes a committee may record for a flagged bid. */
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";

    /**
     * The committee's decision on one flagged bid, taken after asking the bidder to explain its price.
     *
     * @param outcome {@link #ACCEPTED} or {@link #REJECTED}
     * @param explanationReference the reference of the bidder's written explanation (accepted bids)
     * @param addedPerformanceSecurity extra performance security required on acceptance, as a fraction of the
     *     contract price; {@code null} for none
     * @param reason why the committee rejected the bid (rejected bids)
     * @param date the date of the decision, as the minutes state it
     * @param decidedBy who decided (the committee, its chair), as the minutes state it
     */
    public record Decision(String bidId, String outcome, String explanationReference, Double addedPerformanceSecurity,
                           String reason, String date, String decidedBy) {
    }

    /**
     * One evaluator's scores.
     *
     * @param evaluator the evaluator's name or code, as the committee's minutes give it
     * @param conflicts bids the evaluator declared a conflict of interest on, and so must not score
     * @param scores by bid id, then by technical sub-criterion, on the toolkit's scale
     */
    public record ScoreSheet(String evaluator, List<String> conflicts, SortedMap<String, SortedMap<String, Double>> scores) {

        public ScoreSheet {
            conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
            SortedMap<String, SortedMap<String, Double>> copy = new TreeMap<>();
            if (scores != null) {
                for (Map.Entry<String, SortedMap<String, Double>> e : scores.entrySet()) {
                    copy.put(e.getKey(), new TreeMap<>(e.getValue()));
                }
            }
            scores = copy;
        }
    }
}
