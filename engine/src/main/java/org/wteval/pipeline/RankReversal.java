package org.wteval.pipeline;

import java.util.ArrayList;
import java.util.List;

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
        List<RankReversal> out = new ArrayList<>();
        if (fast.size() < 3) {
            return out;
        }
        FastPath.Workspace ws = fast.workspace();
        fast.run(ws);
        List<String> full = new ArrayList<>();
        List<Integer> byRank = new ArrayList<>();
        for (int k = 0; k < fast.size(); k++) {
            full.add(fast.bidId(ws.ranked(k)));
            byRank.add(ws.ranked(k));
        }
        for (int i : byRank) {
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

    /** The bids whose order changes, as pairs that swap. */
    public List<String> swapped() {
        List<String> pairs = new ArrayList<>();
        for (int a = 0; a < orderWith.size(); a++) {
            for (int b = a + 1; b < orderWith.size(); b++) {
                String x = orderWith.get(a);
                String y = orderWith.get(b);
                if (orderWithout.indexOf(x) > orderWithout.indexOf(y)) {
                    pairs.add(x + " ahead of " + y);
                }
            }
        }
        return pairs;
    }

    /** One line for a report. */
    public String message() {
        return "without " + removedBid + " the order of the others becomes " + String.join(" > ", orderWithout)
                + " (was " + String.join(" > ", orderWith) + "): no longer " + String.join("; ", swapped());
    }
}
