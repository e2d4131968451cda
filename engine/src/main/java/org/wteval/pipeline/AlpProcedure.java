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
     */
    public record Alternative(String bidId, String outcome, List<RankedBid> ranking) {

        public Alternative {
            ranking = List.copyOf(ranking);
        }
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
