package org.wteval.robust;

import java.util.ArrayList;
import java.util.List;
import org.wteval.model.Criterion;
import org.wteval.pipeline.FastPath;
import org.wteval.pipeline.RankReversal;
import org.wteval.scoring.CriterionScorer;

/**
 * The rank-reversal test criteria of Wang and Triantaphyllou (2008, "Ranking irregularities when evaluating
 * alternatives by using some ELECTRE methods", Omega 36(1):45-63), run on a tender's ranking. A method that fails
 * them lets the presence, absence or a worse copy of a bid that does not win decide the order of the others: a
 * committee must know that before it defends an award. Each check passes or fails and names the bids involved.
 *
 * <ul>
 *   <li><b>TC1</b>: replacing a bid that does not win with a worse copy of it must not change the winner. The copy
 *   is {@value #WORSE_BY_PERCENT}% worse on every criterion's metric (less energy and less waste treated per tonne,
 *   a higher cost per tonne); the committee's technical score, an input, is kept.</li>
 *   <li><b>TC2</b>: the order of every pair of bids ranked on their own (the pair as a tender of two) must be
 *   transitive: no three bids with a ahead of b, b ahead of c and c ahead of a.</li>
 *   <li><b>TC3</b>: the pairs' orders recombined must equal the order of the whole, which, when they are
 *   transitive, holds exactly when every pair ranked on its own keeps its order in the whole ranking.</li>
 *   <li><b>Leave-one-out</b>: removing a bid that does not win must not reorder the others
 *   ({@link RankReversal}).</li>
 * </ul>
 *
 * <p>Scores relative to the best bid can fail all four, fixed anchors none: a bid's score then depends on nothing but
 * its own metric. Pairs are ranked for up to {@value #MAX_PAIRWISE_BIDS} bids (that is 780 sub-problems); for more,
 * TC2 and TC3 say they were not run and why.
 */
public record RankReversalChecks(Check tc1, Check tc2, Check tc3, Check leaveOneOut) {

    /** How much worse TC1's copy is on each metric, in percent of the metric. */
    public static final int WORSE_BY_PERCENT = 10;
    /** The most bids whose pairs TC2 and TC3 rank. */
    public static final int MAX_PAIRWISE_BIDS = 40;
    /** Failures a check lists at most; the count is always given. */
    static final int MAX_LISTED = 10;

    private static final Criterion[] CRITERIA = Criterion.values();

    /** Whether a check held. */
    public enum Outcome {
        PASS, FAIL, NOT_RUN
    }

    /**
     * One check's result.
     *
     * @param id TC1, TC2, TC3 or LEAVE-ONE-OUT
     * @param rule what must hold, in a sentence
     * @param bids the bids in the failures listed, each once, in the order they were found
     * @param failures how many failures there were (pairs, cycles or bids)
     * @param detail the first failures in words, or why the check was not run; empty when it passed
     */
    public record Check(String id, String rule, Outcome outcome, List<String> bids, int failures, List<String> detail) {

        public Check {
            bids = List.copyOf(bids);
            detail = List.copyOf(detail);
        }
    }

    /** Runs the four checks on the evaluation's own ranking. */
    public static RankReversalChecks of(FastPath fast) {
        FastPath.Workspace ws = fast.workspace();
        fast.run(ws);
        return of(fast, ws);
    }

    /**
     * Runs the checks on the metrics in {@code ws}, ranked again here with the path's weights: a what-if for tests
     * and analyses that put other metrics in the bids' places.
     */
    static RankReversalChecks of(FastPath fast, FastPath.Workspace ws) {
        fast.rerank(ws, fast.weights());
        int n = fast.size();
        int[] pairwise = n <= MAX_PAIRWISE_BIDS ? pairwise(fast, ws) : null;
        return new RankReversalChecks(tc1(fast, ws), tc2(fast, pairwise), tc3(fast, ws, pairwise),
                leaveOneOut(fast, ws));
    }

    private static Check tc1(FastPath fast, FastPath.Workspace ws) {
        String rule = "replacing a bid that does not win with a copy " + WORSE_BY_PERCENT
                + "% worse on every criterion must not change the winner";
        int n = fast.size();
        List<String> bids = new ArrayList<>();
        List<String> detail = new ArrayList<>();
        int failures = 0;
        if (n < 2) {
            return new Check("TC1", rule, Outcome.PASS, bids, 0, detail);
        }
        int winner = ws.ranked(0);
        double[] weights = fast.weights();
        FastPath.Workspace copy = fast.workspace();
        for (int k = 0; k < n; k++) {
            if (k == winner) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                for (Criterion c : CRITERIA) {
                    copy.setMetric(c, i, ws.metric(c, i));
                }
            }
            for (Criterion c : CRITERIA) {
                copy.setMetric(c, k, worse(c, ws.metric(c, k)));
            }
            fast.rerank(copy, weights);
            int now = copy.ranked(0);
            if (now != winner) {
                failures++;
                if (failures <= MAX_LISTED) {
                    addOnce(bids, fast.bidId(k));
                    addOnce(bids, fast.bidId(winner));
                    addOnce(bids, fast.bidId(now));
                    detail.add("with " + fast.bidId(k) + " " + WORSE_BY_PERCENT + "% worse, " + fast.bidId(now)
                            + " wins instead of " + fast.bidId(winner));
                }
            }
        }
        return new Check("TC1", rule, failures == 0 ? Outcome.PASS : Outcome.FAIL, bids, failures, detail);
    }

    /** The metric made worse by {@link #WORSE_BY_PERCENT}% of its size, whatever its sign. */
    static double worse(Criterion c, double metric) {
        double by = WORSE_BY_PERCENT / 100.0 * Math.abs(metric);
        return CriterionScorer.lowerIsBetter(c) ? metric + by : metric - by;
    }

    /**
     * Each pair ranked on its own: {@code ahead[i * n + j]} is 1 if i ranks ahead of j in the tender of the two,
     * 0 otherwise.
     */
    private static int[] pairwise(FastPath fast, FastPath.Workspace ws) {
        int n = fast.size();
        int[] ahead = new int[n * n];
        int[] keep = new int[2];
        FastPath.Workspace pairWs = null;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                keep[0] = i;
                keep[1] = j;
                FastPath pair = fast.only(keep);
                if (pairWs == null) {
                    pairWs = pair.workspace();
                }
                fast.rankOnly(ws, keep, pair, pairWs);
                boolean iFirst = pairWs.ranked(0) == 0;
                ahead[i * n + j] = iFirst ? 1 : 0;
                ahead[j * n + i] = iFirst ? 0 : 1;
            }
        }
        return ahead;
    }

    private static Check tc2(FastPath fast, int[] ahead) {
        String rule = "the orders of the bids ranked two at a time must be transitive";
        if (ahead == null) {
            return notRun("TC2", rule, fast.size());
        }
        int n = fast.size();
        List<String> bids = new ArrayList<>();
        List<String> detail = new ArrayList<>();
        int failures = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                for (int c = b + 1; c < n; c++) {
                    // A cycle runs one way round the three or the other.
                    boolean forward = ahead[a * n + b] == 1 && ahead[b * n + c] == 1 && ahead[c * n + a] == 1;
                    boolean backward = ahead[b * n + a] == 1 && ahead[c * n + b] == 1 && ahead[a * n + c] == 1;
                    if (forward || backward) {
                        failures++;
                        if (failures <= MAX_LISTED) {
                            String x = fast.bidId(a);
                            String y = fast.bidId(forward ? b : c);
                            String z = fast.bidId(forward ? c : b);
                            addOnce(bids, x);
                            addOnce(bids, y);
                            addOnce(bids, z);
                            detail.add(x + " ahead of " + y + ", " + y + " ahead of " + z + ", yet " + z
                                    + " ahead of " + x + " when ranked two at a time");
                        }
                    }
                }
            }
        }
        return new Check("TC2", rule, failures == 0 ? Outcome.PASS : Outcome.FAIL, bids, failures, detail);
    }

    private static Check tc3(FastPath fast, FastPath.Workspace ws, int[] ahead) {
        String rule = "the orders of the bids ranked two at a time, recombined, must equal the order of the whole";
        if (ahead == null) {
            return notRun("TC3", rule, fast.size());
        }
        int n = fast.size();
        List<String> bids = new ArrayList<>();
        List<String> detail = new ArrayList<>();
        int failures = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (ws.rank(i) < ws.rank(j) && ahead[j * n + i] == 1) {
                    failures++;
                    if (failures <= MAX_LISTED) {
                        addOnce(bids, fast.bidId(i));
                        addOnce(bids, fast.bidId(j));
                        detail.add(fast.bidId(i) + " ranks ahead of " + fast.bidId(j) + " among all bids but behind it"
                                + " when the two are ranked on their own");
                    }
                }
            }
        }
        return new Check("TC3", rule, failures == 0 ? Outcome.PASS : Outcome.FAIL, bids, failures, detail);
    }

    private static Check leaveOneOut(FastPath fast, FastPath.Workspace ws) {
        String rule = "removing a bid that does not win must not reorder the others";
        List<String> bids = new ArrayList<>();
        List<String> detail = new ArrayList<>();
        // Removing the winner is another question (who wins next), which the ranking already answers.
        String winner = fast.size() == 0 ? null : fast.bidId(ws.ranked(0));
        int failures = 0;
        for (RankReversal r : RankReversal.of(fast, ws)) {
            if (r.removedBid().equals(winner)) {
                continue;
            }
            failures++;
            if (failures <= MAX_LISTED) {
                addOnce(bids, r.removedBid());
                detail.add(r.message());
            }
        }
        return new Check("LEAVE-ONE-OUT", rule, failures == 0 ? Outcome.PASS : Outcome.FAIL, bids, failures, detail);
    }

    private static Check notRun(String id, String rule, int bids) {
        return new Check(id, rule, Outcome.NOT_RUN, List.of(), 0, List.of("not run: the pairs are ranked for up to "
                + MAX_PAIRWISE_BIDS + " bids, and this tender ranks " + bids));
    }

    private static void addOnce(List<String> list, String id) {
        if (!list.contains(id)) {
            list.add(id);
        }
    }
}
