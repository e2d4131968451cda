package org.wteval.robust;

import org.wteval.model.Criterion;
import org.wteval.pipeline.FastPath;

/**
 * A tender's ranking as its fast path computes it, for SMAA-2: the bids' flows and metrics are computed once per
 * ranker, and each weight vector only scores, totals and orders them again ({@link FastPath#rerank}), with the
 * evaluation's method, committee share and tie-break. Weights go by {@link Criterion#ordinal()}.
 *
 * <p>SMAA-2 needs a method that weighs the criteria: a method without weights (lowest lifecycle cost ranks on price
 * alone) has no weight space to explore, so {@link #applies} is false for it and {@link #of} refuses it.
 */
public final class FastPathRanking implements WeightedRanking {

    private final FastPath fast;

    private FastPathRanking(FastPath fast) {
        this.fast = fast;
    }

    /** Whether the fast path's method weighs the criteria, which SMAA-2 needs. */
    public static boolean applies(FastPath fast) {
        for (double w : fast.method().weightVector()) {
            if (w != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ranking of a fast path.
     *
     * @throws IllegalArgumentException if the method has no criterion weights ({@link #applies} is false)
     */
    public static FastPathRanking of(FastPath fast) {
        if (!applies(fast)) {
            throw new IllegalArgumentException("SMAA-2 does not apply: the method " + fast.method().name()
                    + " ranks without criterion weights, so no weights can change the ranking");
        }
        return new FastPathRanking(fast);
    }

    @Override
    public int bids() {
        return fast.size();
    }

    @Override
    public int criteria() {
        return Criterion.values().length;
    }

    /** A ranker over a workspace of its own, with the fast path's metrics computed into it once. */
    @Override
    public Ranker ranker() {
        FastPath.Workspace ws = fast.workspace();
        fast.run(ws);
        return ranker(ws);
    }

    /**
     * A ranker over a workspace whose metrics the caller has set, for example one scenario of uncertain criterion
     * values: what {@link Smaa2#winsAt} needs to count the confidence factor over scenarios.
     */
    public Ranker ranker(FastPath.Workspace ws) {
        return new Ranker() {
            @Override
            public void rank(double[] weights) {
                fast.rerank(ws, weights);
            }

            @Override
            public int rank(int i) {
                return ws.rank(i);
            }
        };
    }
}
