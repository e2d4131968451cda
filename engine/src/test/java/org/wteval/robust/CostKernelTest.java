package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CostKernelTest {

    @Test
    @DisplayName("central scenario: every bid's levelised cost matches the model's published values to 9 decimals")
    void centralScenario() {
        // Source: docs/MC-MODEL.md, "Central scenario": π 0.03, r 0.055, g 0.025, δ 0, p 80, L 18, κ = 1 + m_b, ω = 1 + n_b.
        double[] expected = {28.263437714, 36.299849465, 24.454697932, 18.652656642, 23.006554982,
            25.160679360, 22.920497879, 23.567485119, 27.055523386, 21.587610098};
        McWorkload w = McWorkload.benchmark();
        ScenarioDraws d = new ScenarioDraws(1, w.bids());
        ScenarioSampler.central(w, d, 0);
        double[] lc = new double[w.bids()];
        new CostKernel(w).evaluate(d, 0, 1, lc, 0, 1);
        for (int b = 0; b < lc.length; b++) {
            // published to 9 decimals: half a unit of the last place, plus 1e-10 for the arithmetic
            assertEquals(expected[b], lc[b], 6e-10, w.bidId(b));
        }
    }

    @Test
    @DisplayName("a two-year, one-bid scenario costed by hand: window ramp, capacity cap, a shortfall year, landfill")
    void tinyScenarioByHand() {
        // Q0 1000 t, μ 8, θ 0.5, 2 years; the bid: 2 t/d × 8400 h / 24 = K 700 t/yr, η 0.25, window 6–12,
        // capex 1000, O&M 100 + 2/t, fee 1.5 indexed at 0.21; overruns κ 1.1, ω 1.
        McWorkload w = new McWorkload(1000, 8, 0.5, 2, new String[] {"X"},
                new double[][] {{2, 8400, 0.25, 6, 12, 1000, 100, 2, 1.5, 0.21, 0.1, 0, 0, 0}});
        ScenarioDraws d = new ScenarioDraws(1, 1);
        // π 0.1, r 0.1, g 0.5, δ −2, p 3.6, L 10
        d.setScenario(0, 0.1, 0.1, 0.5, -2, 3.6, 10);
        d.setOverruns(0, 0, 1.1, 1);
        double[] lc = new double[1];
        new CostKernel(w).evaluate(d, 0, 1, lc, 0, 1);
        // x = 6; trapezoid a 4.5, b 7, c 11, d 13.5: φ = min(1.5/2.5, 7.5/2.5) = 0.6
        // Q = 1000, 1500; T = min(0.6 Q, 700) = 600, 700; U = 400, 800
        // CRF = 0.1 / (1 − 1.1^−2) = 0.121 / 0.21; capital charge 1.1 · 1000 · CRF = 13310/21
        // electricity 3.6 · 0.25 · 6 / 3.6 = 1.5 USD/t
        // year 1: R = 13310/21 + 100 + 2·600 − 1.5·600 = 21710/21; F T = 1.5 · 600 = 900;
        //         pay = 900 + 0.5 (21710/21 − 900); A = pay + 10 · 400 = 104305/21
        // year 2: R = 13310/21 + 100 + 2·700 − 1.5·700 = 1083.81; F = 1.5 · 1.21 / 1.1 = 1.65, F T = 1155 > R;
        //         A = 1155 + 10 · 800 = 9155
        // LC = (A1/1.1 + A2/1.21) / (1000/1.1 + 1500/1.21) = (30699050/2541) / (260000/121) = 613981/109200
        assertEquals(613981.0 / 109200, lc[0], 1e-13);
    }
}
