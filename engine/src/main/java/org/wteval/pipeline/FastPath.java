package org.wteval.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.wteval.calc.BidFlows;
import org.wteval.calc.BidKernel;
import org.wteval.model.Criterion;
import org.wteval.resolve.ResolvedTender;
import org.wteval.scoring.CriterionScorer;
import org.wteval.scoring.EvaluationMethod;
import org.wteval.scoring.RankOrder;
import org.wteval.scoring.TechnicalScores;
import org.wteval.scoring.TieBreak;

/**
 * The fast path: an evaluation's decisions held as they were taken (each bid's revenue plan from the planning
 * rules, the bids the judging rules qualified, the toolkit's scoring and method), and its arithmetic run again on
 * primitives: every qualified bid's flows, the criterion scores, the totals and the ranking order. No
 * {@link org.wteval.model.Figure} is built and no rule session is opened, so robust analyses can re-run a tender
 * hundreds of thousands of times.
 *
 * <p>Immutable and shareable between threads; each thread runs in its own {@link Workspace}, which allocates
 * nothing per run once it exists. Run with the evaluation's own weights, the results equal the evaluation's
 * ranking bit for bit; run with other weights, they equal a full evaluation of the tender with those weights.
 */
public final class FastPath {

    private static final Criterion[] CRITERIA = Criterion.values();

    private final BidKernel[] kernels;
    private final String[] bidIds;
    private final int[] idRanks;
    private final CriterionScorer scorer;
    private final EvaluationMethod method;
    private final double[] weights;
    private final TieBreak tieBreak;
    private final int years;
    // The committee's technical scores are inputs, held like the decisions; they carry technicalShare of a total.
    private final double[] technical;
    private final double technicalShare;
    // The toolkit's bounds on each weight, and the energy of the tender's richest waste: limits robust analyses keep.
    private final double[] weightMin;
    private final double[] weightMax;
    private final double wasteEnergyKwhPerTonne;

    private FastPath(ResolvedTender tender, List<BidEvaluation> qualified, EvaluationMethod method,
                     TieBreak tieBreak, java.util.Map<String, Double> technicalByBid, double technicalShare,
                     java.util.function.Function<BidEvaluation, BidKernel> kernelOf) {
        kernels = new BidKernel[qualified.size()];
        bidIds = new String[qualified.size()];
        for (int i = 0; i < kernels.length; i++) {
            BidEvaluation b = qualified.get(i);
            kernels[i] = kernelOf.apply(b);
            bidIds[i] = b.bidId();
        }
        idRanks = RankOrder.idRanks(bidIds);
        scorer = CriterionScorer.of(tender.toolkit(), Evaluator.publishedAnchors(tender));
        this.method = method;
        weights = method.weightVector();
        this.tieBreak = tieBreak;
        years = tender.constructionYears() + tender.operationYears();
        weightMin = new double[CRITERIA.length];
        weightMax = new double[CRITERIA.length];
        for (Criterion c : CRITERIA) {
            weightMin[c.ordinal()] = tender.toolkit().number("scoring.weightBounds." + c.key() + ".min");
            weightMax[c.ordinal()] = tender.toolkit().number("scoring.weightBounds." + c.key() + ".max");
        }
        double lhv = 0;
        for (int k = 0; k < tender.lhv().size(); k++) {
            lhv = Math.max(lhv, tender.lhv().lhv(k));
        }
        wasteEnergyKwhPerTonne = lhv * 1000 / 3.6;
        this.technicalShare = technicalShare;
        technical = new double[bidIds.length];
        if (technicalShare > 0) {
            for (int i = 0; i < bidIds.length; i++) {
                technical[i] = technicalByBid.get(bidIds[i]);
            }
        }
    }

    /** The same decisions over a subset of the bids: kernels, scorer and method are shared, not rebuilt. */
    private FastPath(FastPath all, int[] keep) {
        kernels = new BidKernel[keep.length];
        bidIds = new String[keep.length];
        technical = new double[keep.length];
        for (int k = 0; k < keep.length; k++) {
            kernels[k] = all.kernels[keep[k]];
            bidIds[k] = all.bidIds[keep[k]];
            technical[k] = all.technical[keep[k]];
        }
        idRanks = RankOrder.idRanks(bidIds);
        scorer = all.scorer;
        method = all.method;
        weights = all.weights;
        tieBreak = all.tieBreak;
        years = all.years;
        technicalShare = all.technicalShare;
        weightMin = all.weightMin;
        weightMax = all.weightMax;
        wasteEnergyKwhPerTonne = all.wasteEnergyKwhPerTonne;
    }

    /**
     * The fast path without bid {@code i}: the other ranked bids scored and ranked as if {@code i} had not bid,
     * under the same decisions. Bid indices in the result follow this path's order with {@code i} left out.
     */
    public FastPath without(int i) {
        if (i < 0 || i >= kernels.length) {
            throw new IndexOutOfBoundsException("no bid " + i + " among " + kernels.length);
        }
        int[] keep = new int[kernels.length - 1];
        for (int j = 0, k = 0; j < kernels.length; j++) {
            if (j != i) {
                keep[k++] = j;
            }
        }
        return new FastPath(this, keep);
    }

    /**
     * The fast path of some of the bids only, a sub-problem in the sense of Wang and Triantaphyllou (2008): they are
     * scored and ranked among themselves, under the same decisions. Bid indices in the result follow {@code keep}.
     *
     * @param keep indices of this path's bids, in increasing order
     */
    public FastPath only(int... keep) {
        for (int k = 0; k < keep.length; k++) {
            if (keep[k] < 0 || keep[k] >= kernels.length || (k > 0 && keep[k] <= keep[k - 1])) {
                throw new IllegalArgumentException("bids to keep must be increasing indices below " + kernels.length);
            }
        }
        return new FastPath(this, keep.clone());
    }

    /** The fast path of an evaluation: its ranked bids under the plans, scoring and method it used. */
    public static FastPath of(Evaluation e) {
        return of(e.tender(), e.bids(), e.method(), TieBreak.byKey(e.tieBreak()),
                Evaluator.technicalByBid(e.technical()), e.technicalShare(),
                b -> BidKernel.of(e.tender(), b.metrics().bid(), b.plan()));
    }

    /**
     * The fast path of the ranked ones among {@code bids}, in their order.
     *
     * @param kernelOf each bid's kernel under its plan (the evaluator passes the ones it already built)
     */
    static FastPath of(ResolvedTender tender, List<BidEvaluation> bids, EvaluationMethod method, TieBreak tieBreak,
                       java.util.Map<String, Double> technicalByBid, double technicalShare,
                       java.util.function.Function<BidEvaluation, BidKernel> kernelOf) {
        List<BidEvaluation> ranked = new ArrayList<>();
        for (BidEvaluation b : bids) {
            // A bid the committee rejected stays qualified but is not ranked.
            if (b.ranking() != null) {
                ranked.add(b);
            }
        }
        return new FastPath(tender, ranked, method, tieBreak, technicalByBid, technicalShare, kernelOf);
    }

    /** Working space for one thread: reuse it for every run. */
    public Workspace workspace() {
        return new Workspace(kernels.length, years);
    }

    /** Runs with the weights of the evaluation. */
    public void run(Workspace ws) {
        run(ws, weights);
    }

    /**
     * Runs with other criterion weights.
     *
     * @param weights by {@link Criterion#ordinal()}; a method without weights ignores them
     */
    public void run(Workspace ws, double[] weights) {
        computeMetrics(ws, kernels);
        rank(ws, weights);
    }

    /**
     * Runs with the evaluation's weights on other kernels of the same bids, {@code scenario[i]} in bid {@code i}'s
     * place: {@linkplain BidKernel#scenarioCopy() copies} of this path's {@link #kernel}s priced for one scenario of
     * uncertain inputs. The decisions stay the evaluation's: plans, the bids qualified, scoring and method.
     */
    public void run(Workspace ws, BidKernel[] scenario) {
        if (scenario.length != kernels.length) {
            throw new IllegalArgumentException(scenario.length + " kernels for " + kernels.length + " bids");
        }
        computeMetrics(ws, scenario);
        rank(ws, weights);
    }

    /** Bid {@code i}'s kernel under its plan, from which a thread takes its scenario copies. */
    public BidKernel kernel(int i) {
        return kernels[i];
    }

    private static void computeMetrics(Workspace ws, BidKernel[] of) {
        for (int i = 0; i < of.length; i++) {
            ws.flows.compute(of[i]);
            for (Criterion c : CRITERIA) {
                ws.metrics[c.ordinal()][i] = CriterionScorer.metric(c, ws.flows);
            }
        }
    }

    /**
     * Ranks again with other weights from the metrics a run left in {@code ws}: weights change scores' weighting and
     * the order, never a bid's flows, so robust analyses that only move weights skip the flows.
     */
    public void rerank(Workspace ws, double[] weights) {
        rank(ws, weights);
    }

    /** The evaluation's criterion weights, by {@link Criterion#ordinal()}. */
    public double[] weights() {
        return weights.clone();
    }

    /** The lowest weight the toolkit allows each criterion ({@code scoring.weightBounds.<c>.min}), by ordinal. */
    public double[] weightMin() {
        return weightMin.clone();
    }

    /** The highest weight the toolkit allows each criterion ({@code scoring.weightBounds.<c>.max}), by ordinal. */
    public double[] weightMax() {
        return weightMax.clone();
    }

    /**
     * The share of each ranked total the committee's technical score carries ({@link TechnicalScores#withTechnical});
     * 0 when no committee scores.
     */
    public double technicalShare() {
        return technicalShare;
    }

    /** The committee's technical score (0..100) of bid {@code i}; 0 when no committee scores. */
    public double technicalScore(int i) {
        return technical[i];
    }

    /**
     * The energy in a tonne of the tender's waste at its highest modelled LHV, in kWh: LHV [MJ/kg] × 1000 / 3.6. No
     * plant exports more per tonne delivered, so it bounds any search over the efficiency metric.
     */
    public double wasteEnergyKwhPerTonne() {
        return wasteEnergyKwhPerTonne;
    }

    /** The evaluation method the path ranks by. */
    public EvaluationMethod method() {
        return method;
    }

    /**
     * Ranks the bids of {@link #without(int) without(skip)} into {@code out}, a workspace of that path, from the
     * metrics a run of this path left in {@code ws}: leaving a bid out changes scores and order, never the other
     * bids' flows, so they are not computed again.
     */
    public void rankWithout(Workspace ws, int skip, FastPath rest, Workspace out) {
        for (Criterion c : CRITERIA) {
            double[] from = ws.metrics[c.ordinal()];
            double[] to = out.metrics[c.ordinal()];
            for (int j = 0, k = 0; j < kernels.length; j++) {
                if (j != skip) {
                    to[k++] = from[j];
                }
            }
        }
        rest.rank(out, rest.weights);
    }

    /**
     * Ranks the bids of {@link #only(int...) only(keep)} into {@code out}, a workspace of that path, from the metrics
     * in {@code ws}, for the same reason as {@link #rankWithout}.
     */
    public void rankOnly(Workspace ws, int[] keep, FastPath sub, Workspace out) {
        for (Criterion c : CRITERIA) {
            double[] from = ws.metrics[c.ordinal()];
            double[] to = out.metrics[c.ordinal()];
            for (int k = 0; k < keep.length; k++) {
                to[k] = from[keep[k]];
            }
        }
        sub.rank(out, sub.weights);
    }

    /**
     * Which bids could change the others' scores by leaving ({@link CriterionScorer#markSoleExtremes}), from the
     * metrics of a run on {@code ws}.
     */
    public boolean[] soleExtremes(Workspace ws) {
        boolean[] out = new boolean[kernels.length];
        for (Criterion c : CRITERIA) {
            CriterionScorer.markSoleExtremes(ws.metrics[c.ordinal()], kernels.length, out);
        }
        return out;
    }

    /** Scores, totals and order from the metrics in {@code ws}. */
    private void rank(Workspace ws, double[] weights) {
        int n = kernels.length;
        double[] prices = ws.metrics[Criterion.LIFECYCLE.ordinal()];
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            lowest = Math.min(lowest, prices[i]);
        }
        for (Criterion c : CRITERIA) {
            scorer.score(c, ws.metrics[c.ordinal()], ws.scores[c.ordinal()]);
        }
        for (int i = 0; i < n; i++) {
            for (Criterion c : CRITERIA) {
                ws.bidScores[c.ordinal()] = ws.scores[c.ordinal()][i];
            }
            ws.totals[i] = method.total(weights, ws.bidScores, prices[i], lowest);
            if (technicalShare > 0) {
                ws.totals[i] = TechnicalScores.withTechnical(ws.totals[i], technicalShare, technical[i]);
            }
            ws.tieKeys[i] = tieBreak.value(prices[i], ws.scores[Criterion.EFFICIENCY.ordinal()][i]);
            ws.order[i] = i;
        }
        RankOrder.sort(ws.order, n, ws.totals, method.higherIsBetter(), ws.tieKeys, tieBreak.higherFirst(), idRanks);
        for (int k = 0; k < n; k++) {
            ws.ranks[ws.order[k]] = k + 1;
        }
    }

    /** How many bids the fast path ranks: the evaluation's qualified bids. */
    public int size() {
        return kernels.length;
    }

    /** The id of bid {@code i}, in the order of the evaluation's qualified bids. */
    public String bidId(int i) {
        return bidIds[i];
    }

    /** One thread's arrays; what a run leaves here stays valid until the next run. */
    public static final class Workspace {

        private final BidFlows flows;
        private final double[][] metrics;
        private final double[][] scores;
        private final double[] bidScores = new double[CRITERIA.length];
        private final double[] totals;
        private final double[] tieKeys;
        private final int[] order;
        private final int[] ranks;

        private Workspace(int bids, int years) {
            flows = new BidFlows(years);
            metrics = new double[CRITERIA.length][bids];
            scores = new double[CRITERIA.length][bids];
            totals = new double[bids];
            tieKeys = new double[bids];
            order = new int[bids];
            ranks = new int[bids];
        }

        /** Bid {@code i}'s total under the method. */
        public double total(int i) {
            return totals[i];
        }

        /** Bid {@code i}'s rank, 1 for the best. */
        public int rank(int i) {
            return ranks[i];
        }

        /** Bid {@code i}'s score on criterion {@code c}. */
        public double score(Criterion c, int i) {
            return scores[c.ordinal()][i];
        }

        /** Bid {@code i}'s metric on criterion {@code c} (kWh per tonne delivered, share treated, cost per tonne). */
        public double metric(Criterion c, int i) {
            return metrics[c.ordinal()][i];
        }

        /** Puts another metric in bid {@code i}'s place, for {@link #rerank} to ask "what if it were this?". */
        public void setMetric(Criterion c, int i, double value) {
            metrics[c.ordinal()][i] = value;
        }

        /** The bid ranked {@code k}-th, 0 for the best. */
        public int ranked(int k) {
            return order[k];
        }
    }
}
