package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScenarioSamplerTest {

    @Test
    @DisplayName("triangular inverse CDF: the ends at u = 0 and 1, the mode at u = (mode − left)/(right − left)")
    void triangularByHand() {
        // Triangular(10, 18, 35): F(18) = (18 − 10)/(35 − 10) = 0.32
        assertEquals(10, ScenarioSampler.triangular(10, 18, 35, 0), 0);
        assertEquals(18, ScenarioSampler.triangular(10, 18, 35, 0.32), 1e-12);
        assertEquals(35, ScenarioSampler.triangular(10, 18, 35, 1), 0);
        // below the mode F(x) = (x − a)² / ((c − a)(b − a)): F(14) = 16 / (25 · 8) = 0.08
        assertEquals(14, ScenarioSampler.triangular(10, 18, 35, 0.08), 1e-12);
        // above it 1 − F(x) = (b − x)² / ((b − a)(b − c)): 1 − F(30) = 25 / (25 · 17) = 1/17
        assertEquals(30, ScenarioSampler.triangular(10, 18, 35, 1 - 1.0 / 17), 1e-12);
    }

    @Test
    @DisplayName("a scenario's draws depend on the seed and its index only, not on what was drawn before")
    void scenarioStreamsAreIndependentOfOrder() {
        McWorkload w = McWorkload.benchmark();
        ScenarioDraws forward = new ScenarioDraws(3, w.bids());
        ScenarioDraws alone = new ScenarioDraws(1, w.bids());
        ScenarioSampler sampler = new ScenarioSampler(w);
        for (int s = 0; s < 3; s++) {
            sampler.draw(7, s, forward, s);
        }
        new ScenarioSampler(w).draw(7, 2, alone, 0);
        assertEquals(forward.electricityPrice(2), alone.electricityPrice(0), 0);
        for (int b = 0; b < w.bids(); b++) {
            assertEquals(forward.capexOverrun(2, b), alone.capexOverrun(0, b), 0);
        }
        assertNotEquals(forward.electricityPrice(1), forward.electricityPrice(2));
        ScenarioDraws otherSeed = new ScenarioDraws(1, w.bids());
        sampler.draw(8, 2, otherSeed, 0);
        assertNotEquals(forward.electricityPrice(2), otherSeed.electricityPrice(0));
    }

    @Test
    @DisplayName("the LHV shift over 400,000 scenarios is Normal(0, 0.6): moments and tail shares of the normal")
    void normalsHaveTheNormalDistribution() {
        McWorkload w = McWorkload.benchmark();
        ScenarioSampler sampler = new ScenarioSampler(w);
        ScenarioDraws d = new ScenarioDraws(1, w.bids());
        int n = 400_000;
        double sum = 0;
        double squares = 0;
        int within1 = 0;
        int beyond2 = 0;
        int beyondTail = 0;
        for (int s = 0; s < n; s++) {
            sampler.draw(11, s, d, 0);
            // δ = clip(0.6 Z, ±2.5): the clip, at 4.17 sd, moves none of the figures below by a tenth of its tolerance
            double z = d.lhvShift[0] / 0.6;
            sum += z;
            squares += z * z;
            within1 += Math.abs(z) < 1 ? 1 : 0;
            beyond2 += Math.abs(z) > 2 ? 1 : 0;
            beyondTail += Math.abs(z) > 3.442619855899 ? 1 : 0;
        }
        // tolerances are 4 standard errors: mean 1/√n, variance √(2/n), a share √(p(1 − p)/n)
        assertEquals(0, sum / n, 4 / Math.sqrt(n));
        assertEquals(1, squares / n, 4 * Math.sqrt(2.0 / n));
        // P(|Z| < 1) = 0.682689, P(|Z| > 2) = 0.045500, P(|Z| > 3.4426) = 0.000576 (the ziggurat's tail path)
        assertEquals(0.682689, (double) within1 / n, 4 * Math.sqrt(0.682689 * 0.317311 / n));
        assertEquals(0.045500, (double) beyond2 / n, 4 * Math.sqrt(0.0455 * 0.9545 / n));
        assertEquals(0.000576, (double) beyondTail / n, 4 * Math.sqrt(0.000576 / n));
    }
}
