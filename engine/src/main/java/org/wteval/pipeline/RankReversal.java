package org.wteval.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removing one qualified bid reorders the others: the ranking fails independence of irrelevant alternatives, the
 * rank-reversal check of Wang and Triantaphyllou (2008, Omega 36(1)) applied to the removal of one alternative.
 * A committee must be able to say why one bidder's presence decides the order of two others; with a normalisation
 * relative to the best bid it can.
 *
 * @param removedBid the bid left out
 * @param orderWith the other bids in the evaluation's order
 * @param orderWithout the same bids ranked again without {@code removedBid}
 */
public record RankReversal(String removedBid, List<String> orderWith, List<String> orderWithout) {

    public RankReversal {
        orderWith = List.copyOf(orderWith);
        orderWithout = List.copyOf(orderWithout);
    }

    /** Every single-bid removal that reorders the rest, in the evaluation's order of the removed bid. */
    public static List<RankReversal> of(FastPath fast) {
        FastPath.Workspace ws = fast.workspace();
        fast.run(ws);
        return of(fast, ws);
    }

    /** The same, from the metrics and order a run (or a rerank) of {@code fast} left in {@code ws}. */
    public static List<RankReversal> of(FastPath fast, FastPath.Workspace ws) {
        List<RankReversal> out = new ArrayList<>();
        if (fast.size() < 3) {
            return out;
        }
        List<String> full = new ArrayList<>();
        List<Integer> byRank = new ArrayList<>();
        for (int k = 0; k < fast.size(); k++) {
            full.add(fast.bidId(ws.ranked(k)));
            byRank.add(ws.ranked(k));
        }
        // Leaving out a bid that holds no extreme leaves every other total as it was, so it cannot reorder them:
        // only the few sole extremes are ranked again, which keeps the check linear in the number of bids.
        boolean[] suspect = fast.soleExtremes(ws);
        for (int i : byRank) {
            if (!suspect[i]) {
                continue;
            }
            FastPath rest = fast.without(i);
            FastPath.Workspace rws = rest.workspace();
            fast.rankWithout(ws, i, rest, rws);
            List<String> with = new ArrayList<>(full);
            with.remove(fast.bidId(i));
            List<String> without = new ArrayList<>();
            for (int k = 0; k < rest.size(); k++) {
                without.add(rest.bidId(rws.ranked(k)));
            }
            if (!with.equals(without)) {
                out.add(new RankReversal(fast.bidId(i), with, without));
            }
        }
        return List.copyOf(out);
    }

    /** Pairs listed in a message at most; a longer list says how many changed places instead. */
    static final int MAX_LISTED = 20;

    /**
     * The bids whose order changes, as pairs that swap. Only the bids between the first and the last place that
     * differ can swap (those before and after keep their places and so their order with every other bid), so the
     * pairs are looked for in that window alone.
     */
    public List<String> swapped() {
        int[] window = window();
        Map<String, Integer> place = new HashMap<>();
        for (int k = window[0]; k <= window[1]; k++) {
            place.put(orderWithout.get(k), k);
        }
        List<String> pairs = new ArrayList<>();
        for (int a = window[0]; a <= window[1]; a++) {
            for (int b = a + 1; b <= window[1]; b++) {
                String x = orderWith.get(a);
                String y = orderWith.get(b);
                if (place.get(x) > place.get(y)) {
                    pairs.add(x + " ahead of " + y);
                }
            }
        }
        return pairs;
    }

    /** The first and last place (0-based) at which the two orders differ; {0, -1} if they do not. */
    private int[] window() {
        int first = 0;
        while (first < orderWith.size() && orderWith.get(first).equals(orderWithout.get(first))) {
            first++;
        }
        int last = orderWith.size() - 1;
        while (last > first && orderWith.get(last).equals(orderWithout.get(last))) {
            last--;
        }
        return first == orderWith.size() ? new int[] {0, -1} : new int[] {first, last};
    }

    /** One line for a report: the swapped pairs, or for many how many bids changed places and where. */
    public String message() {
        int[] window = window();
        int moved = window[1] - window[0] + 1;
        if (moved <= MAX_LISTED) {
            return "without " + removedBid + " the order of the others becomes " + String.join(" > ", orderWithout)
                    + " (was " + String.join(" > ", orderWith) + "): no longer " + String.join("; ", swapped());
        }
        return "without " + removedBid + " the others ranked " + (window[0] + 1) + " to " + (window[1] + 1)
                + " among them (" + moved + " bids) change places: " + orderWithout.get(window[0]) + " comes "
                + "first of them, where " + orderWith.get(window[0]) + " was";
    }
}
