package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.SourceMap;
import org.wteval.pipeline.Evaluation;
import org.wteval.scoring.RankedBid;

/** The Monte Carlo over a sample case's fast path. */
class UncertainRankingTest {

    private static Evaluation songkhla;

    @BeforeAll
    static void evaluate() throws Exception {
        songkhla = BundledRules.engine().evaluate(CaseFolderReader.read(CaseFolders.sample("th-songkhla")));
    }

    @Test
    @DisplayName("the same bits for 1 and 2 threads and from run to run, with the toolkit's default uncertainty")
    void identicalForAnyThreadCount() throws Exception {
        Uncertainty u = Uncertainty.of(songkhla.tender());
        int draws = 700; // not a multiple of the block, so the last block is short
        UncertainRanking.Result one = UncertainRanking.run(songkhla, u, draws, UncertainRanking.DEFAULT_SEED, 1);
        UncertainRanking.Result two = UncertainRanking.run(songkhla, u, draws, UncertainRanking.DEFAULT_SEED, 2);
        UncertainRanking.Result again = UncertainRanking.run(songkhla, u, draws, UncertainRanking.DEFAULT_SEED, 2);
        assertEquals(one, two);
        assertEquals(two, again);
        assertEquals(bits(one), bits(two));
        UncertainRanking.Result other = UncertainRanking.run(songkhla, u, draws, 1, 2);
        assertTrue(!bits(one).equals(bits(other)), "another seed draws other scenarios");
        int n = one.bids().size();
        for (int i = 0; i < n; i++) {
            UncertainRanking.BidOutcome b = one.bids().get(i);
            assertEquals(1, b.rankProbability().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
            assertTrue(b.costPerTonne().p5() <= b.costPerTonne().p50()
                    && b.costPerTonne().p50() <= b.costPerTonne().p95());
            for (int j = 0; j < n; j++) {
                // ranks are a permutation: exactly one of i, j is ahead unless i = j
                double both = b.aheadOf().get(j) + one.bids().get(j).aheadOf().get(i);
                assertEquals(i == j ? 0 : 1, both, 1e-12);
            }
        }
        assertTrue(one.qualificationHeldFixed());
    }

    /** Doubles compared by their bits, as a byte comparison of two outputs would. */
    private static String bits(UncertainRanking.Result r) {
        StringBuilder s = new StringBuilder();
        for (UncertainRanking.BidOutcome b : r.bids()) {
            s.append(b.bidId());
            for (double x : new double[] {b.winProbability(), b.costPerTonne().p5(), b.costPerTonne().p50(),
                    b.costPerTonne().p95(), b.total().p5(), b.total().p50(), b.total().p95()}) {
                s.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(x)));
            }
            b.rankProbability().forEach(x -> s.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(x))));
            b.aheadOf().forEach(x -> s.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(x))));
        }
        return s.toString();
    }

    @Test
    @DisplayName("with nothing uncertain every draw is the evaluation: its winner wins always, spreads are points")
    void nothingUncertainIsTheEvaluation() throws Exception {
        Uncertainty none = Uncertainty.of(List.of(), null, SourceMap.inMemory());
        UncertainRanking.Result r = UncertainRanking.run(songkhla, none, 300, UncertainRanking.DEFAULT_SEED, 2);
        for (UncertainRanking.BidOutcome b : r.bids()) {
            RankedBid ranked = songkhla.ranking().stream().filter(x -> x.bidId().equals(b.bidId())).findFirst()
                    .orElseThrow();
            assertEquals(1.0, b.rankProbability().get(ranked.rank() - 1), 0, b.bidId());
            assertEquals(ranked.rank() == 1 ? 1.0 : 0.0, b.winProbability(), 0, b.bidId());
            assertEquals(ranked.total(), b.total().p5(), 0, b.bidId());
            assertEquals(ranked.total(), b.total().p95(), 0, b.bidId());
            assertEquals(b.costPerTonne().p5(), b.costPerTonne().p95(), 0, b.bidId());
        }
    }
}
