package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.Fixtures.Resolved;
import org.wteval.model.Bid;
import org.wteval.model.Figure;
import org.wteval.model.Origin;
import org.wteval.model.Tender;

/**
 * JCM screening figures and the JFJCM grant. Tender in USD with 0.0067 USD per JPY; one line of 10 t/h at a design
 * LHV of 8 MJ/kg (thermal 30 MW allows 13.5 t/h, so 10 t/h binds): 240 t/d.
 */
class JcmAndJfjcmTest {

    private static final double USD_PER_JPY = 0.0067;

    private static Resolved resolve(double capex, double subsidy, double similarProjects) {
        Tender base = Fixtures.tender(Fixtures.monthlyWaste(200, 0, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8), 1, 10, 0);
        Tender t = new Tender(base.id(), base.title(), base.country(), "USD", base.baseYear(),
                Map.of("JPY", new Tender.ExchangeRate(USD_PER_JPY, "2026-01-02", "test")), base.waste(),
                base.contract(), Map.of(), null, null, null, Map.of(), null);
        Bid bid = new Bid("B1", "bidder", "USD",
                Fixtures.plant().lines(1).lhvWindow(6, 8, 12).thermalMw(30).mechanicalTph(10).grossEfficiency(0.25)
                        .auxiliaryMw(1).hours(8000).build(),
                Fixtures.finance().capex(capex).fee(20).tariff(80).build(),
                new Bid.Jcm(subsidy, 15));
        return Fixtures.resolve(t, Fixtures.baseToolkit(Map.of("jcm.similarWteProjects", similarProjects)), bid);
    }

    @Test
    void jcmScreeningFiguresInYen() {
        Resolved r = resolve(10e6, 4e6, 0);
        Figure reductions = Figure.input("annualEmissionReductions", 30000, "tCO2e/yr", new Origin.Handover("test"));
        Figure payback = Figure.input("paybackYears", 6, "years", new Origin.Handover("test"));
        JcmResult j = JcmScreening.compute(r.tender(), r.bid(), reductions, payback, tier("noSimilarProjects"));
        assertEquals(4e6 / USD_PER_JPY, j.subsidyJpy().value(), 1e-3); // ≈ 597 million yen
        assertEquals(10e6 / USD_PER_JPY, j.initialInvestmentJpy().value(), 1e-3);
        assertEquals(0.4, j.subsidyShare().value(), 1e-12);
        assertEquals(0.5, j.subsidyCapShare().value(), 1e-12); // no similar project: half the investment
        // 597,014,925 JPY / (30,000 t × 15 years) = 1,326.7 JPY/tCO2
        assertEquals(4e6 / USD_PER_JPY / (30000 * 15), j.costEffectivenessJpyPerTco2().value(), 1e-9);
    }

    /** A plan whose tier a planning rule (rules/plan/jcm-tier.drl) chose. */
    private static RevenuePlan tier(String tier) {
        return new RevenuePlan(Figure.input("tariff", 80, "USD/MWh", new Origin.Handover("test")), false, 0, 0,
                List.of(), false, List.of(), tier, "JCM-TIER-TEST");
    }

    @Test
    void theCapIsTheDecidedTiersAndNamesTheRule() {
        Figure reductions = Figure.input("annualEmissionReductions", 30000, "tCO2e/yr", new Origin.Handover("test"));
        Figure payback = Figure.input("paybackYears", 6, "years", new Origin.Handover("test"));
        Resolved two = resolve(10e6, 4e6, 2);
        Figure cap = JcmScreening.compute(two.tender(), two.bid(), reductions, payback,
                tier("oneToThreeSimilarProjects")).subsidyCapShare();
        assertEquals(0.4, cap.value(), 1e-12);
        assertEquals("rule JCM-TIER-TEST: jcm.subsidyCap tier for 2 similar project(s) in the country: "
                + "oneToThreeSimilarProjects", cap.formula());
        Resolved five = resolve(10e6, 4e6, 5);
        assertEquals(0.3, JcmScreening.compute(five.tender(), five.bid(), reductions, payback,
                tier("fourOrMoreSimilarProjects")).subsidyCapShare().value(), 1e-12);
        assertThrows(IllegalStateException.class, () -> JcmScreening.compute(five.tender(), five.bid(), reductions,
                payback, RevenuePlan.bidAssumed(five.bid().electricityTariffPerMwh())));
    }

    @Test
    void jfjcmGrantCoversTheAdditionalCostWithinTheFundLimit() {
        // Reference plant: 100,000 USD per t/d × 240 t/d = 24m.
        JfjcmGrant.Result within = JfjcmGrant.compute(resolve(30e6, 0, 0).tender(), resolve(30e6, 0, 0).bid());
        assertEquals(6e6, within.additionalCost().value(), 1e-6); // 30m − 24m
        assertEquals(6e6, within.grant().value(), 1e-6);
        Resolved dear = resolve(40e6, 0, 0);
        JfjcmGrant.Result capped = JfjcmGrant.compute(dear.tender(), dear.bid());
        assertEquals(16e6, capped.additionalCost().value(), 1e-6);
        assertEquals(10e6, capped.grant().value(), 1e-6); // the fund's limit
        Resolved cheap = resolve(20e6, 0, 0);
        assertEquals(0, JfjcmGrant.compute(cheap.tender(), cheap.bid()).grant().value(), 1e-9);
    }
}
