package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.Fixtures.Resolved;
import org.wteval.calc.RevenuePlan;
import org.wteval.model.Origin;
import org.wteval.model.SourceLocation;
import org.wteval.model.Tender;

/** Planning decisions become revenue plans; under DBO a decided value of power replaces the bidder's tariff. */
class PlansTest {

    /** A bid assuming 150 per MWh, under a contract of the given modality and value of power. */
    private static Resolved resolve(String modality, Double valuePerMwh) {
        Tender base = Fixtures.tender(Fixtures.monthlyWaste(200, 0, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8), 1, 10, 0);
        Tender t = new Tender(base.id(), base.title(), base.country(), base.currency(), base.baseYear(),
                base.exchangeRates(), base.waste(), new Tender.Contract(modality, 1, 10, 0, valuePerMwh), Map.of(),
                null, null, null, Map.of(), null);
        return Fixtures.resolve(t, Fixtures.baseToolkit(Map.of()),
                Fixtures.plant().lines(1).lhvWindow(6, 8, 12).thermalMw(30).mechanicalTph(10).grossEfficiency(0.25)
                        .auxiliaryMw(1).hours(8000).build(),
                Fixtures.finance().fee(20).tariff(150).tariffIndexation(0.02).build());
    }

    private static RevenuePlan plan(Resolved r, List<PlanDecision> decisions) {
        RuleOutcome planning = RuleOutcome.of(List.of(), List.of(), decisions);
        return Plans.of(r.tender(), List.of(r.bid()), planning).get(r.bid().id());
    }

    private static final OwnershipDecision DBO = new OwnershipDecision("PPP-DBO-AUTHORITY-OWNS");

    @Test
    void underDboTheTendersValueOfPowerReplacesTheBiddersTariff() {
        Resolved r = resolve("DBO", 90.0);
        RevenuePlan p = plan(r, List.of(DBO,
                new ElectricityValueDecision(r.bid().id(), "PPP-DBO-ELECTRICITY-VALUE", 90)));
        assertEquals(90, p.tariffPerMwh().value(), 0);
        assertTrue(p.regulated(), "a stated value is not indexed by the bidder's rate");
        assertTrue(p.priceIndexedAtInflation(), "a stated value is base-year money, so it rises with inflation");
        assertTrue(p.authorityOwns());
        assertEquals(new Origin.CaseField(new SourceLocation("tender.yaml", "contract.electricityValuePerMwh")),
                p.tariffPerMwh().origin());
        assertEquals(List.of("PPP-DBO-AUTHORITY-OWNS", "PPP-DBO-ELECTRICITY-VALUE"), p.decidedBy());
    }

    @Test
    void withoutAValueDecisionOrUnderBotTheBiddersTariffStands() {
        // Plans applies decisions and decides nothing itself: the stated value counts only through the rule.
        Resolved dbo = resolve("DBO", 90.0);
        RevenuePlan p = plan(dbo, List.of(DBO));
        assertEquals(150, p.tariffPerMwh().value(), 0);
        assertFalse(p.regulated());
        Resolved bot = resolve("BOT", 90.0);
        RevenuePlan q = plan(bot, List.of());
        assertEquals(150, q.tariffPerMwh().value(), 0);
        assertFalse(q.authorityOwns());
    }

    @Test
    void aRegulatedTariffStillWinsOverTheTendersValue() {
        Resolved r = resolve("DBO", 90.0);
        RevenuePlan p = plan(r, List.of(DBO,
                new TariffDecision(r.bid().id(), "TARIFF-FIXED", 100.5, 0, 0, "tariff.fixed.perMwh", List.of())));
        assertEquals(100.5, p.tariffPerMwh().value(), 0);
        assertFalse(p.priceIndexedAtInflation(), "a FiT stays flat in nominal terms");
    }

    @Test
    void theJcmTierDecidedTravelsInThePlan() {
        Resolved r = resolve("BOT", null);
        RevenuePlan p = plan(r, List.of(new JcmTierDecision(r.bid().id(), "JCM-TIER-ONE-TO-THREE",
                "oneToThreeSimilarProjects")));
        assertEquals("oneToThreeSimilarProjects", p.jcmSubsidyCapTier());
        assertEquals("JCM-TIER-ONE-TO-THREE", p.jcmSubsidyCapRule());
        assertEquals(List.of(), p.decidedBy(), "the tier does not change the revenue, so it decides no part of it");
        assertEquals(null, plan(r, List.of()).jcmSubsidyCapTier());
    }
}
