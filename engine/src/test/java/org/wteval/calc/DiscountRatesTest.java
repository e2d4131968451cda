package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiscountRatesTest {

    private final DiscountRates rates = new DiscountRates(0.05, 0.03);

    @Test
    void aNominalRateInRealTermsInvertsFisher() {
        // Real 5%, inflation 3%: nominal (1.05 × 1.03) − 1 = 8.15%; back to real: 1.0815 / 1.03 − 1 = 5%.
        DiscountRates r = new DiscountRates(0.05, 0.03);
        assertEquals(0.05, r.realFromNominal(r.nominal()), 1e-15);
        // An IRR of 10% nominal under 3% inflation is 1.10 / 1.03 − 1 = 6.7961% real.
        assertEquals(1.10 / 1.03 - 1, r.realFromNominal(0.10), 0);
    }

    @Test
    void nominalRateFollowsFisher() {
        assertEquals(1.05 * 1.03 - 1, rates.nominal(), 1e-15); // 8.15%
        assertEquals(0.05, rates.rate(Basis.REAL), 0);
        assertEquals(rates.nominal(), rates.rate(Basis.NOMINAL), 0);
    }

    @Test
    void presentValueOfALevelAnnuityMatchesTheClosedForm() {
        double[] flows = {100, 100, 100, 100, 100};
        // a(5) at 5% = (1 − 1.05^−5) / 0.05 = 4.329477
        double annuity = (1 - Math.pow(1.05, -5)) / 0.05;
        assertEquals(100 * annuity, rates.presentValue(flows, Basis.REAL), 1e-9);
        assertEquals(432.9477, rates.presentValue(flows, Basis.REAL), 1e-4);
    }

    @Test
    void deflatedFlowsAtTheRealRateHaveTheSamePresentValueAsNominalFlowsAtTheNominalRate() {
        double[] nominal = {-1000, 200, 250, 300, 350, 400};
        double pvNominal = rates.presentValue(nominal, Basis.NOMINAL);
        double pvReal = rates.presentValue(rates.deflate(nominal), Basis.REAL);
        assertEquals(pvNominal, pvReal, 1e-9);
    }

    @Test
    void deflateDividesByCumulativeInflation() {
        assertArrayEquals(new double[] {103 / 1.03, 106.09 / (1.03 * 1.03)}, rates.deflate(new double[] {103, 106.09}),
                1e-12);
    }
}
