package org.wteval.robust;

import java.util.ArrayList;
import java.util.List;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.FastPath;

/**
 * How sure an evaluation's ranking is, every analysis at once: the library's entry point behind {@code wte robust},
 * for reports that include it.
 *
 * <pre>{@code
 * Evaluation e = Engine.bundled().evaluate(CaseFolderReader.read(Path.of("cases/th-songkhla")));
 * RobustAnalysis r = RobustAnalysis.of(e, RobustAnalysis.DEFAULT_DRAWS, RobustAnalysis.DEFAULT_SEED, 2);
 * }</pre>
 *
 * <p>All of it runs on the evaluation's {@link FastPath}: the bids it ranked under the decisions it took, so
 * qualification is held fixed throughout. The result depends on the draws and the seed, never on the threads.
 *
 * @param bids the ranked bids in the order the analyses index them (SMAA-2's bid i is {@code bids.get(i)})
 * @param draws the draws of the Monte Carlo and of SMAA-2 each
 * @param seed the seed of both; each analysis draws draw i from its own stream of (seed, i)
 * @param sensitivity weight and parameter stability, the smallest weight change and the margins to overtake
 * @param smaa SMAA-2 over the toolkit's weight bounds, or why it does not apply; its confidence factors are the
 *     share of the Monte Carlo's draws in which each bid ranks first at its central weights
 * @param rankReversal the rank-reversal checks TC1 to TC3 and leave-one-out
 * @param monteCarlo the ranking over the uncertain inputs the toolkit and the tender declare
 */
public record RobustAnalysis(List<String> bids, int draws, long seed, Sensitivity sensitivity, Smaa smaa,
                             RankReversalChecks rankReversal, UncertainRanking.Result monteCarlo) {

    public RobustAnalysis {
        bids = List.copyOf(bids);
    }

    /** Draws of a run that names none: a probability's standard error is then at most 0.5%. */
    public static final int DEFAULT_DRAWS = UncertainRanking.DEFAULT_DRAWS;
    /** The seed of a run that names none: fixed, so that the analysis can be reproduced. */
    public static final long DEFAULT_SEED = UncertainRanking.DEFAULT_SEED;

    /** Each bid's central weights, {@code null} for a bid never ranked first. */
    private static double[][] centralWeights(SmaaResult s) {
        double[][] out = new double[s.bids()][];
        for (int i = 0; i < s.bids(); i++) {
            if (s.hasCentralWeights(i)) {
                out[i] = new double[s.criteria()];
                for (int c = 0; c < s.criteria(); c++) {
                    out[i][c] = s.centralWeight(i, c);
                }
            }
        }
        return out;
    }

    /**
     * SMAA-2's result, or why it was not run.
     *
     * @param result {@code null} when it does not apply
     * @param notApplicable why not, {@code null} when it ran
     */
    public record Smaa(SmaaResult result, String notApplicable) {
    }

    /**
     * Runs every analysis on the evaluation.
     *
     * @throws InvalidInputException if the uncertainty blocks or the weight bounds are not usable, every problem at
     *     its file and field
     */
    public static RobustAnalysis of(Evaluation e, int draws, long seed, int threads) throws InvalidInputException {
        return of(e, draws, seed, threads, new Progress());
    }

    /**
     * Runs every analysis on the evaluation, keeping {@code progress} up to date for a command line to show.
     *
     * @throws InvalidInputException if the uncertainty blocks or the weight bounds are not usable, every problem at
     *     its file and field
     */
    public static RobustAnalysis of(Evaluation e, int draws, long seed, int threads, Progress progress)
            throws InvalidInputException {
        if (draws < 1 || threads < 1) {
            throw new IllegalArgumentException("draws and threads must be at least 1, not " + draws + " and "
                    + threads);
        }
        // Inputs are checked before anything runs, so bad ones cost nothing and give every problem at once.
        List<InputProblem> problems = new ArrayList<>();
        Uncertainty uncertainty = null;
        try {
            uncertainty = Uncertainty.of(e.tender());
        } catch (InvalidInputException bad) {
            problems.addAll(bad.problems());
        }
        FastPath fast = FastPath.of(e);
        boolean weighted = FastPathRanking.applies(fast);
        WeightSampler weights = null;
        if (weighted) {
            try {
                weights = WeightSampler.of(e.tender().toolkit());
            } catch (InvalidInputException bad) {
                problems.addAll(bad.problems());
            }
        }
        InvalidInputException.throwIfAny(problems);
        progress.start("stability and margins", 0);
        Sensitivity sensitivity = Sensitivity.of(fast);
        progress.start("rank-reversal checks", 0);
        RankReversalChecks reversal = RankReversalChecks.of(fast);
        Smaa smaa;
        if (weighted) {
            progress.start("SMAA-2", draws);
            smaa = new Smaa(Smaa2.run(FastPathRanking.of(fast), weights, seed, draws, threads, progress), null);
        } else {
            smaa = new Smaa(null, "the method " + fast.method().name() + " ranks without criterion weights, so no "
                    + "weights can change the ranking");
        }
        progress.start("Monte Carlo", draws);
        double[][] central = smaa.result() == null ? null : centralWeights(smaa.result());
        UncertainRanking.Result monteCarlo = UncertainRanking.run(fast, uncertainty, draws, seed, threads, progress,
                central);
        if (central != null) {
            // SMAA-2's confidence factor is over the criteria values' uncertainty: the Monte Carlo's draws.
            double[] confidence = new double[central.length];
            for (int i = 0; i < confidence.length; i++) {
                confidence[i] = monteCarlo.bids().get(i).winsAtCentralWeights();
            }
            smaa = new Smaa(smaa.result().withConfidence(confidence), null);
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < fast.size(); i++) {
            ids.add(fast.bidId(i));
        }
        return new RobustAnalysis(ids, draws, seed, sensitivity, smaa, reversal, monteCarlo);
    }
}
