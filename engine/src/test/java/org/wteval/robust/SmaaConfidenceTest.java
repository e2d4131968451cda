package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.SourceMap;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.FastPath;

/**
 * SMAA-2's confidence factor p_i^c is the probability that bid i ranks first at its central weights when the
 * criteria values are uncertain (Lahdelma and Salminen 2001); the robust analysis takes it over the Monte Carlo's
 * draws of the uncertain inputs.
 */
class SmaaConfidenceTest {

    @Test
    void withNothingUncertainTheConfidenceIsWhetherTheBidWinsAtItsCentralWeights() throws Exception {
        // mv-greater-male: M1 and M5 each rank first for some weights within the bounds, so both have central weights.
        Evaluation e = BundledRules.engine().evaluate(CaseFolderReader.read(CaseFolders.sample("mv-greater-male")));
        FastPath fast = FastPath.of(e);
        SmaaResult smaa = Smaa2.run(FastPathRanking.of(fast), WeightSampler.of(e.tender().toolkit()),
                Smaa2.DEFAULT_SEED, 20_000, 2);
        double[][] central = new double[fast.size()][];
        int withWeights = 0;
        for (int i = 0; i < fast.size(); i++) {
            if (smaa.hasCentralWeights(i)) {
                withWeights++;
                central[i] = new double[smaa.criteria()];
                for (int c = 0; c < smaa.criteria(); c++) {
                    central[i][c] = smaa.centralWeight(i, c);
                }
            }
        }
        assertTrue(withWeights >= 2, "two bids win for some weights");
        Uncertainty none = Uncertainty.of(List.of(), null, SourceMap.inMemory());
        UncertainRanking.Result mc = UncertainRanking.run(e, none, 300, UncertainRanking.DEFAULT_SEED, 2,
                new Progress(), central);
        for (int i = 0; i < fast.size(); i++) {
            double p = mc.bids().get(i).winsAtCentralWeights();
            if (central[i] == null) {
                assertTrue(Double.isNaN(p), fast.bidId(i));
            } else {
                // Every draw is the evaluation itself, so each is won at the central weights or none is: SMAA-2's own
                // confidence on the evaluation's values.
                assertEquals(smaa.confidence(i), p, 0.0, fast.bidId(i));
            }
        }
    }

    @Test
    void theAnalysisReportsTheConfidenceOverTheDrawsOfTheUncertainInputs() throws Exception {
        Evaluation e = BundledRules.engine().evaluate(CaseFolderReader.read(CaseFolders.sample("mv-greater-male")));
        RobustAnalysis r = RobustAnalysis.of(e, 2_000, RobustAnalysis.DEFAULT_SEED, 2);
        SmaaResult s = r.smaa().result();
        for (int i = 0; i < s.bids(); i++) {
            assertEquals(r.monteCarlo().bids().get(i).winsAtCentralWeights(), s.confidence(i), 0.0);
            if (s.hasCentralWeights(i)) {
                double p = s.confidence(i);
                // A share of 2,000 draws.
                assertTrue(p >= 0 && p <= 1 && Math.rint(p * 2_000) == p * 2_000, r.bids().get(i) + " " + p);
            }
        }
    }
}
