package org.wteval.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.solver.AwardSolverSettings;
import org.wteval.optimise.award.solver.LotAwardSolver;

/**
 * The lot award at 8 lots x 40 bids with packages and a binding cap ({@link LotAwardProblem}), solved with the
 * default settings, each solve timed once (single shot: a solve is seconds, not microseconds); building the solver
 * factory is timed apart ({@link SolverFactoryBenchmark}). The setup proves the solver's award optimal against
 * the branch and bound and stops the benchmark if it is not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 7)
public class LotAwardBenchmark {

    static final long SEED = 20_260_301L;

    private AwardPlan problem;
    private LotAwardSolver solver;

    @Setup(Level.Trial)
    public void setUp() {
        problem = LotAwardProblem.draw(SEED);
        solver = new LotAwardSolver(AwardSolverSettings.DEFAULT);
        check(problem, solver.solve(problem), BranchAndBound.solve(problem));
    }

    /**
     * The exact award scores, by the solver's constraints, as the branch and bound counted it (so the two read the
     * rules alike), and the solver's award scores the same.
     */
    private void check(AwardPlan problem, AwardPlan solved, BranchAndBound.Optimum exact) {
        HardMediumSoftLongScore optimum = HardMediumSoftLongScore.of(0, -exact.unawarded(), -exact.cost());
        if (!solver.score(problem.with(exact.awards())).equals(optimum) || !solved.score().equals(optimum)) {
            throw new IllegalStateException("the solver's award " + solved.score() + " is not the optimum: "
                    + exact.unawarded() + " lots unawarded, cost " + exact.cost() + ", " + exact.awards());
        }
    }

    @Benchmark
    public AwardPlan solve() {
        return solver.solve(problem);
    }
}
