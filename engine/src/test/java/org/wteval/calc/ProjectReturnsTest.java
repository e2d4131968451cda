package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProjectReturnsTest {

    @Test
    void irrMatchesTheSpreadsheetFunction() {
        // A spreadsheet's =IRR({-100, 30, 30, 30, 30, 30}) gives 15.2382%.
        double irr = ProjectReturns.irr(new double[] {-100, 30, 30, 30, 30, 30});
        assertEquals(0.152382, irr, 1e-6);
        // and by definition the flows' present value at the IRR is zero
        assertEquals(0, ProjectReturns.npv(new double[] {-100, 30, 30, 30, 30, 30}, irr), 1e-9);
    }

    @Test
    void irrOfAOneYearLoanIsItsInterest() {
        // −100 now (end of year 1), 110 a year later: 10%.
        assertEquals(0.10, ProjectReturns.irr(new double[] {-100, 110}), 1e-12);
    }

    @Test
    void irrIsUndefinedWithoutAnInvestmentAndNegativeWhenNeverRepaid() {
        assertTrue(Double.isNaN(ProjectReturns.irr(new double[] {10, 20, 30})));
        // −100 then 10 and 10: the money never comes back, so the rate that balances it is negative.
        double irr = ProjectReturns.irr(new double[] {-100, 10, 10});
        assertTrue(irr < 0, "irr " + irr);
        assertEquals(0, ProjectReturns.npv(new double[] {-100, 10, 10}, irr), 1e-9);
    }

    @Test
    void paybackInterpolatesWithinTheYearFromTheStartOfOperation() {
        // Capex 100 in construction year 1; 30 a year from operating year 1: cumulative −70, −40, −10, +20,
        // so payback = 3 + 10 / 30 years.
        double[] flows = {-100, 30, 30, 30, 30, 30};
        assertEquals(3 + 10.0 / 30, ProjectReturns.paybackYears(flows, 1), 1e-12);
        assertTrue(Double.isNaN(ProjectReturns.paybackYears(new double[] {-100, 10, 10}, 1)));
    }
}
