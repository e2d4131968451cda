package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wteval.robust.UncertaintyBlocks.block;
import static org.wteval.robust.UncertaintyBlocks.correlation;
import static org.wteval.robust.UncertaintyBlocks.lognormal;
import static org.wteval.robust.UncertaintyBlocks.normal;
import static org.wteval.robust.UncertaintyBlocks.triangular;
import static org.wteval.robust.UncertaintyBlocks.uniform;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.model.InvalidInputException;
import org.wteval.model.SourceMap;
import org.wteval.model.UncertainVariable;

/** Marginals, the sampler's streams and copula, and the rank statistics against closed forms. */
class UncertaintySamplerTest {

    private static final UncertainVariable A = UncertainVariable.INFLATION_SHIFT;
    private static final UncertainVariable B = UncertainVariable.TONNAGE_GROWTH_SHIFT;

    @Test
    @DisplayName("Φ by Marsaglia's series agrees with commons-math's erf-based Φ to 2e-15 over [-8, 8]")
    void standardNormalCdf() {
        NormalDistribution reference = new NormalDistribution(0, 1);
        for (double z = -8; z <= 8; z += 0.01) {
            assertEquals(reference.cumulativeProbability(z), Marginal.standardNormalCdf(z), 2e-15, "z = " + z);
            assertTrue(Marginal.standardNormalCdf(z) >= 0 && Marginal.standardNormalCdf(z) <= 1);
        }
        assertEquals(0, Marginal.standardNormalCdf(-9), 0);
        assertEquals(1, Marginal.standardNormalCdf(9), 0);
    }

    @Test
    @DisplayName("each family maps z to its quantile at Φ(z), by hand")
    void marginalsByHand() {
        double z = 1.2;
        double u = new NormalDistribution(0, 1).cumulativeProbability(z);
        assertEquals(0.5 + 0.2 * z, Marginal.normal(0.5, 0.2, Double.NEGATIVE_INFINITY, 1).fromNormal(z), 1e-15);
        assertEquals(0.6, Marginal.normal(0.5, 0.2, 0, 0.6).fromNormal(z), 0); // 0.74 clipped at 0.6
        assertEquals(1.1 * Math.exp(0.2 * z), Marginal.lognormal(1.1, 0.2).fromNormal(z), 1e-14);
        assertEquals(2 + 3 * u, Marginal.uniform(2, 5).fromNormal(z), 1e-14);
        // Triangular(0, 1, 4): F(1) = 1/4, and above the mode 1 − F(x) = (4 − x)² / (4 · 3)
        assertEquals(4 - Math.sqrt(12 * (1 - u)), Marginal.triangular(0, 1, 4).fromNormal(z), 1e-14);
        assertEquals(1, Marginal.triangular(0, 1, 4).fromNormal(new NormalDistribution(0, 1)
                .inverseCumulativeProbability(0.25)), 1e-12);
        assertEquals(0.7, Marginal.fixed(0.7).fromNormal(z), 0);
    }

    @Test
    @DisplayName("a scenario's draws depend on seed and index only; scenario variables are shared by every bid")
    void streamsAndSharing() throws InvalidInputException {
        Uncertainty u = Uncertainty.of(List.of(), block(Map.of(A, normal(0, 0.01), UncertainVariable.CAPEX_OVERRUN,
                lognormal(1.1, 0.2)), null), SourceMap.inMemory());
        double[][] forward = new double[3][UncertainVariable.values().length];
        double[][] alone = new double[3][UncertainVariable.values().length];
        UncertaintySampler s = new UncertaintySampler(u);
        for (int i = 0; i < 5; i++) {
            s.draw(42, i, forward);
        }
        new UncertaintySampler(u).draw(42, 4, alone);
        for (int b = 0; b < 3; b++) {
            assertEquals(Arrays.toString(forward[b]), Arrays.toString(alone[b]));
            assertEquals(alone[0][A.ordinal()], alone[b][A.ordinal()], 0);
            assertEquals(1, alone[b][UncertainVariable.OM_OVERRUN.ordinal()], 0); // not declared: central
        }
        assertTrue(alone[0][UncertainVariable.CAPEX_OVERRUN.ordinal()] != alone[1][UncertainVariable.CAPEX_OVERRUN
                .ordinal()]);
    }

    /**
     * Two bids whose totals are the draws of two correlated normal variables, T_A ~ N(μ_A, σ_A) and T_B ~ N(μ_B,
     * σ_B) with correlation ρ: T_A − T_B ~ N(μ, σ) with μ = μ_A − μ_B and σ² = σ_A² + σ_B² − 2ρσ_Aσ_B, so
     * P(A ahead of B) = Φ(μ/σ). The tally of 40,000 draws must lie within 4 standard errors √(p(1 − p)/N).
     */
    @Test
    @DisplayName("two normal totals: P(A ahead of B) = Φ(μ/σ) within 4 Monte Carlo standard errors")
    void pairwiseWinningIndexOfTwoNormalTotals() throws InvalidInputException {
        double muA = 52;
        double sdA = 6;
        double muB = 50;
        double sdB = 8;
        for (double rho : new double[] {0, 0.6, -0.4}) {
            Uncertainty u = Uncertainty.of(List.of(), block(Map.of(A, normal(muA, sdA), B, normal(muB, sdB)),
                    rho == 0 ? null : correlation(List.of(B.key(), A.key()), new double[][] {{1, rho}, {rho, 1}})),
                    SourceMap.inMemory());
            int n = 40_000;
            UncertaintySampler sampler = new UncertaintySampler(u);
            RankTally tally = new RankTally(2);
            double[][] draws = new double[1][UncertainVariable.values().length];
            int[] ranks = new int[2];
            for (int s = 0; s < n; s++) {
                sampler.draw(UncertainRanking.DEFAULT_SEED, s, draws);
                boolean aAhead = draws[0][A.ordinal()] > draws[0][B.ordinal()];
                ranks[0] = aAhead ? 1 : 2;
                ranks[1] = aAhead ? 2 : 1;
                tally.add(ranks);
            }
            double sigma = Math.sqrt(sdA * sdA + sdB * sdB - 2 * rho * sdA * sdB);
            double p = new NormalDistribution(0, 1).cumulativeProbability((muA - muB) / sigma);
            double se = Math.sqrt(p * (1 - p) / n);
            double got = (double) tally.aheadCount(0, 1) / n;
            assertEquals(p, got, 4 * se, "ρ = " + rho);
            assertEquals(got, (double) tally.rankCount(0, 1) / n, 0);
            assertEquals(n, tally.aheadCount(0, 1) + tally.aheadCount(1, 0));
        }
    }

    @Test
    @DisplayName("uniform and triangular draws through the copula keep their means: (a + b)/2 and (a + c + b)/3")
    void nonNormalMarginalsKeepTheirMeans() throws InvalidInputException {
        Uncertainty u = Uncertainty.of(List.of(), block(Map.of(A, uniform(-0.02, 0.04), B, triangular(-1, 0, 2)),
                correlation(List.of(A.key(), B.key()), new double[][] {{1, 0.7}, {0.7, 1}})), SourceMap.inMemory());
        UncertaintySampler sampler = new UncertaintySampler(u);
        double[][] draws = new double[1][UncertainVariable.values().length];
        int n = 100_000;
        double sumA = 0;
        double sumB = 0;
        for (int s = 0; s < n; s++) {
            sampler.draw(7, s, draws);
            sumA += draws[0][A.ordinal()];
            sumB += draws[0][B.ordinal()];
        }
        // sd of a uniform's mean: 0.06/√12/√n = 5.5e-5; of the triangular's: √((1+0+4−0−(−2)−0)/18)/√n = 2.0e-3
        assertEquals(0.01, sumA / n, 4 * 5.5e-5);
        assertEquals(1.0 / 3, sumB / n, 4 * 2.0e-3);
    }
}
