package org.wteval.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wteval.model.Committee;
import org.wteval.model.InputProblem;
import org.wteval.model.SourceMap;
import org.wteval.rules.Finding;
import org.wteval.scoring.RankedBid;

/**
 * The abnormally-low-bid procedure as it stands: which ranked bids the engine flagged, what the committee decided on
 * each after asking for a written price analysis, and, while any decision is missing, the rankings either decision
 * would give. A rejected bid leaves the ranking and the others are scored without it; an accepted one stays.
 *
 * @param status {@link Status#FINAL} when every flagged ranked bid has a decision, else {@link Status#PROVISIONAL}
 * @param decisions the committee's decision on each flagged bid, by bid id
 * @param unresolved flagged bids the ranking would include but the committee has not decided on, by id
 * @param alternatives for each unresolved bid, the ranking if the committee accepted it and if it rejected it
 */
public record AlpProcedure(Status status, Map<String, Committee.Decision> decisions, List<String> unresolved,
                           List<Alternative> alternatives) {

    public AlpProcedure {
        decisions = java.util.Collections.unmodifiableMap(new TreeMap<>(decisions));
        unresolved = List.copyOf(unresolved);
        alternatives = List.copyOf(alternatives);
    }

    public enum Status { FINAL, PROVISIONAL }

    /**
     * The ranking that would follow one decision on one unresolved bid, every other unresolved bid left in. Only the
     * scores and the order are recomputed; the flags are this evaluation's (a rejection recorded in
     * {@code committee.yaml} also takes the bid out of the others' price comparison, which may change their flags).
     *
     * @param outcome {@link Committee#ACCEPTED} or {@link Committee#REJECTED}
     * @param change how the ranking differs from the provisional one, so that a report need not repeat it whole
     * @param ranking the ranking; for {@link Change#NONE} the provisional ranking itself, for
     *     {@link Change#LEFT_OUT} a view of it without the bid, so that many open decisions cost no copies
     */
    public record Alternative(String bidId, String outcome, Change change, List<RankedBid> ranking) {

        public Alternative {
            ranking = change == Change.RANKED_AGAIN ? List.copyOf(ranking) : ranking;
        }

        /** The bid ranked first under this decision, or {@code null} if none is. */
        public String leader() {
            return ranking.isEmpty() ? null : ranking.get(0).bidId();
        }
    }

    /** How an alternative ranking differs from the provisional one. */
    public enum Change {
        /** The provisional ranking: accepting a bid that is already ranked changes nothing. */
        NONE,
        /**
         * The provisional ranking without the bid, every other bid in the same order with the same total: the bid
         * held no lowest or highest criterion value among the bids and no total tied with another's, so no other
         * score depended on it.
         */
        LEFT_OUT,
        /** The others scored and ranked again without the bid. */
        RANKED_AGAIN
    }

    /** The provisional ranking without {@code bidId}, the bids after it moved up one place; nothing is copied. */
    static List<RankedBid> without(List<RankedBid> provisional, String bidId) {
        int at = 0;
        while (at < provisional.size() && !provisional.get(at).bidId().equals(bidId)) {
            at++;
        }
        int removed = at;
        return new java.util.AbstractList<>() {
            @Override
            public RankedBid get(int k) {
                if (k < removed) {
                    return provisional.get(k);
                }
                RankedBid r = provisional.get(k + 1);
                return new RankedBid(r.rank() - 1, r.bidId(), r.total(), r.audit(), r.tieBreak());
            }

            @Override
            public int size() {
                return provisional.size() - (removed < provisional.size() ? 1 : 0);
            }
        };
    }

    /** Whether a finding is an abnormally-low flag, which needs the committee's decision before award. */
    public static boolean isFlag(Finding f) {
        return f.ruleId().startsWith("ALP-");
    }

    /** The committee's decision on {@code bidId}, or {@code null}. */
    public Committee.Decision decision(String bidId) {
        return decisions.get(bidId);
    }

    public boolean rejected(String bidId) {
        Committee.Decision d = decisions.get(bidId);
        return d != null && Committee.REJECTED.equals(d.outcome());
    }

    /**
     * Every decision that names no bid of the case, or a bid the engine did not flag, each at its field in
     * {@code committee.yaml}; and a bid decided twice.
     *
     * @param flagged the bids with at least one abnormally-low finding
     */
    static List<InputProblem> check(Committee committee, SourceMap sources, Set<String> bidIds, Set<String> flagged) {
        List<InputProblem> problems = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < committee.decisions().size(); i++) {
            String id = committee.decisions().get(i).bidId();
            String field = "decisions[" + i + "].bidId";
            if (!bidIds.contains(id)) {
                problems.add(InputProblem.at(sources.committee(field), "no bid '" + id + "' in the case; bids: "
                        + String.join(", ", new java.util.TreeSet<>(bidIds))));
            } else if (!flagged.contains(id)) {
                problems.add(InputProblem.at(sources.committee(field), "bid '" + id + "' has no abnormally-low "
                        + "flag, so there is nothing for the committee to decide"));
            } else if (!seen.add(id)) {
                problems.add(InputProblem.at(sources.committee(field), "a second decision on bid '" + id
                        + "'; the committee records one decision per bid"));
            }
        }
        return problems;
    }
}
