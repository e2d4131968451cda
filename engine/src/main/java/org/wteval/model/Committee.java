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
 */
public record Committee(List<Decision> decisions, List<ScoreSheet> scoreSheets) {

    public Committee {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        scoreSheets = scoreSheets == null ? List.of() : List.copyOf(scoreSheets);
    }

    /** A case with no committee input yet. */
    public static Committee none() {
        return new Committee(List.of(), List.of());
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
