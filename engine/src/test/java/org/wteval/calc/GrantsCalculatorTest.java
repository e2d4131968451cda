package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.Fixtures.Resolved;
import org.wteval.model.Bid;
import org.wteval.model.Tender;

/**
 * The project view with grants against hand values. Set-up as in {@link LifecycleCalculatorTest}: 73,000 t/yr of
 * 8 MJ/kg waste, all treated, paid a gate fee of 20/t and nothing else, so each operating year earns 1.46m; one
 * line of 10 t/h is 240 t/d, whose JFJCM reference plant costs 100,000 × 240 = 24m. Discount rate 5%, no inflation.
 */
class GrantsCalculatorTest {

    private static final double T = 73000;
    /** One unit of the spreadsheet example: 30 units are a year's fees, 20 × 73,000 = 1.46m. */
    private static final double UNIT = 20 * T / 30;

    private static BidMetrics compute(int constructionYears, Bid.Finance finance, Double jcmSubsidy) {
        Tender base = Fixtures.tender(Fixtures.monthlyWaste(T / 365, 0, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8),
                constructionYears, 5, T);
        // A JCM request needs a yen rate to resolve; the grants themselves stay in USD.
        Tender t = new Tender(base.id(), base.title(), base.country(), "USD", base.baseYear(),
                Map.of("JPY", new Tender.ExchangeRate(0.0067, "2026-01-02", "test")), base.waste(), base.contract(),
                Map.of(), null, null, null, Map.of(), null);
        Bid bid = new Bid("B1", "bidder", "USD",
                Fixtures.plant().lines(1).lhvWindow(6, 8, 12).thermalMw(30).mechanicalTph(10).grossEfficiency(0.25)
                        .auxiliaryMw(1.0).hours(8760).build(),
                finance, jcmSubsidy == null ? null : new Bid.Jcm(jcmSubsidy, 15));
        Resolved r = Fixtures.resolve(t, Fixtures.baseToolkit(Map.of("finance.discountRateReal", 0.05,
                "finance.inflation", 0.0)), bid);
        return BidMetrics.compute(r.tender(), r.bid(), RevenuePlan.bidAssumed(r.bid().electricityTariffPerMwh()));
    }

    @Test
    void aJcmSubsidyOfTwentyTurnsTheSpreadsheetExampleIntoMinusEightyThenThirtyFiveTimes() {
        // Capex 100 units in year 1, fees 30 units a year for 5 years; the bid requests 20 units of JCM subsidy and
        // its capex, 4.87m, is below the 24m reference plant, so the JFJCM grant is 0.
        BidMetrics m = compute(1, Fixtures.finance().capex(100 * UNIT).fee(20).build(), 20 * UNIT);
        LifecycleResult l = m.lifecycle();
        GrantsResult g = m.grants();
        assertEquals(0, m.jfjcm().grant().value(), 0);
        assertEquals(20 * UNIT, g.grantsTotal().value(), 1e-6);
        // Without grants, the view of today: =IRR({-100, 30, 30, 30, 30, 30}) = 15.2382%, payback 3 + 10/30.
        assertEquals(0.152382, l.irrNominal().value(), 1e-6);
        assertEquals(3 + 10.0 / 30, l.paybackYears().value(), 1e-12);
        // With grants the flows are {-80, 30 × 5} units: =IRR({-80, 30, 30, 30, 30, 30}) = 25.4130%, the rate at
        // which 30 × (1 − (1 + r)^−5) / r = 80.
        double irr = g.irrNominalWithGrants().value();
        assertEquals(0.254130, irr, 1e-6);
        assertEquals(80, 30 * (1 - Math.pow(1 + irr, -5)) / irr, 1e-9);
        assertEquals(irr, g.irrRealWithGrants().value(), 1e-15); // no inflation: real = nominal
        // Cumulative −80, −50, −20, +10 units: payback 2 + 20/30 years from the start of operation.
        assertEquals(2 + 20.0 / 30, g.paybackYearsWithGrants().value(), 1e-12);
        // The grant falls at the end of year 1 with the capex: NPV rises by 20 units / 1.05.
        assertEquals(20 * UNIT / 1.05, g.pvGrants().value(), 1e-6);
        assertEquals(l.npvProject().value() + 20 * UNIT / 1.05, g.npvProjectWithGrants().value(), 1e-6);
    }

    @Test
    void bothGrantsFollowTheConstructionSchedule() {
        // Capex 30m paid 40/60 over two construction years: the JFJCM grant is min(30m − 24m, 10m) = 6m; with a
        // JCM request of 4m the grants are 10m, 4m in year 1 and 6m in year 2, worth 4m/1.05 + 6m/1.05^2.
        BidMetrics m = compute(2, Fixtures.finance().capex(30e6).schedule(0.4, 0.6).fee(20).build(), 4e6);
        GrantsResult g = m.grants();
        assertEquals(6e6, m.jfjcm().grant().value(), 1e-6);
        assertEquals(10e6, g.grantsTotal().value(), 1e-6);
        double[] grants = g.schedules().stream()
                .filter(s -> s.name().equals(FigureNames.nominal(FigureNames.GRANTS))).findFirst().orElseThrow()
                .byYear().stream().mapToDouble(Double::doubleValue).toArray();
        assertArrayEquals(new double[] {4e6, 6e6, 0, 0, 0, 0, 0}, grants, 1e-6);
        double pv = 4e6 / 1.05 + 6e6 / (1.05 * 1.05);
        assertEquals(pv, g.pvGrants().value(), 1e-6);
        assertEquals(m.lifecycle().npvProject().value() + pv, g.npvProjectWithGrants().value(), 1e-6);
        // Cumulative: −12m + 4m = −8m, then −18m + 6m to −20m, then +1.46m a year to −12.7m: never repaid.
        assertEquals(Double.NaN, g.paybackYearsWithGrants().value());
    }

    @Test
    void withoutAnyGrantTheTwoViewsAgree() {
        BidMetrics m = compute(1, Fixtures.finance().capex(100 * UNIT).fee(20).build(), null);
        assertEquals(m.lifecycle().npvProject().value(), m.grants().npvProjectWithGrants().value(), 0);
        assertEquals(m.lifecycle().irrNominal().value(), m.grants().irrNominalWithGrants().value(), 0);
        assertEquals(m.lifecycle().paybackYears().value(), m.grants().paybackYearsWithGrants().value(), 0);
        assertEquals("jfjcmGrant (the bid requests no JCM subsidy)", m.grants().grantsTotal().formula());
    }
}
