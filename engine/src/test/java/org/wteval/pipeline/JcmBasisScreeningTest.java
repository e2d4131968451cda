package org.wteval.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.calc.BidMetrics;
import org.wteval.calc.FigureNames;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.Figure;
import org.wteval.rules.Finding;

/**
 * JCM screening on the Bac Ninh sample case runs on the JCM-basis reductions, not the CDM-style ones, and the
 * case's Bac Ninh-like bid B1 (500 t/d, 15 legal durable years) lands within the ±15% band of the published
 * 41,805 tCO2/yr (MOEJ, 29 June 2021; see engine/src/test/resources/jcm-reproduction/README.md).
 */
class JcmBasisScreeningTest {

    private static final Engine ENGINE = BundledRules.engine();

    private static BidEvaluation bid(Evaluation e, String id) {
        return e.bids().stream().filter(b -> b.bidId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void costEffectivenessDividesTheSubsidyByTheJcmBasisReductions() throws Exception {
        Evaluation e = ENGINE.evaluate(CaseFolderReader.read(CaseFolders.sample("vn-bac-ninh")));
        for (String id : new String[] {"B1", "B5"}) {
            BidMetrics m = bid(e, id).metrics();
            Figure jcmAnnual = m.jcmGhg().annualEmissionReductions();
            Figure cdmAnnual = m.ghg().annualEmissionReductions();
            assertEquals(FigureNames.JCM_ANNUAL_EMISSION_REDUCTIONS, jcmAnnual.name());
            assertNotEquals(cdmAnnual.value(), jcmAnnual.value(), id);
            Figure ce = m.jcm().costEffectivenessJpyPerTco2();
            // cost-effectiveness = subsidy (JPY) / (JCM annual reductions × legal durable years)
            double years = m.jcmGhg().creditingYears().value();
            assertEquals(m.jcm().subsidyJpy().value() / (jcmAnnual.value() * years), ce.value(), 1e-9 * ce.value(), id);
            assertTrue(ce.inputs().contains(jcmAnnual), id + " explains its cost-effectiveness by the JCM figure");
            // The JCM averaging period is the bid's legal durable years: 15 for both bids here.
            assertEquals(15, years, 0, id);
            // The rule measured the same figure.
            Finding f = bid(e, id).findings().stream().filter(x -> x.ruleId().startsWith("JCM-COST-EFFECTIVENESS"))
                    .findFirst().orElseThrow();
            assertEquals(ce.value(), f.measured(), 0, id);
        }
    }

    @Test
    void theBacNinhLikeBidIsWithinTheBandOfThePublishedReductions() throws Exception {
        Evaluation e = ENGINE.evaluate(CaseFolderReader.read(CaseFolders.sample("vn-bac-ninh")));
        BidMetrics b1 = bid(e, "B1").metrics();
        assertEquals(1, b1.jcmGhg().annualEmissionReductions().value() / 41805, 0.15);
        // The CDM-style account, averaged over its first 10 years, is outside it.
        assertTrue(b1.ghg().annualEmissionReductions().value() / 41805 > 1.15);
    }

    @Test
    void aBidThatRequestsNoJcmSubsidyHasNoJcmAccount() throws Exception {
        Evaluation e = ENGINE.evaluate(CaseFolderReader.read(CaseFolders.sample("vn-bac-ninh")));
        BidMetrics b2 = bid(e, "B2").metrics();
        assertNull(b2.bid().bid().jcm());
        assertNotNull(b2.ghg());
        assertNull(b2.jcmGhg());
    }
}
