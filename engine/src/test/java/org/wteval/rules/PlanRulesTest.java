package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.model.Param;
import org.wteval.model.Severity;

/**
 * Planning rules: tariffs, output caps and ownership decided before the lifecycle is computed —
 * rules/plan/tariff.drl, rules/plan/ownership.drl, rules/plan/id/purchase-price.drl, rules/plan/id/service-fee.drl,
 * rules/plan/th/feed-in-tariff.drl and rules/plan/in/plant-load-factor.drl.
 */
class PlanRulesTest {

    /** Fires the planning session for one bid of {@code netMw} under a contract and toolkit parameters. */
    private static RuleOutcome plan(double netMw, String modality, Map<String, Object> params) throws Exception {
        return plan(netMw, modality, Double.NaN, false, params);
    }

    /**
     * Fires the planning session for one bid of {@code netMw}, which requests JCM or not, under a contract that
     * states a value of power (NaN for none) and toolkit parameters; base.yaml has no similar JCM project.
     */
    private static RuleOutcome plan(double netMw, String modality, double valuePerMwh, boolean requestsJcm,
                                    Map<String, Object> params) throws Exception {
        List<Object> facts = new ArrayList<>();
        Map<String, Object> all = new TreeMap<>(Map.of("tariff.type", "bid-assumed", "jcm.similarWteProjects", 0.0));
        all.putAll(params);
        all.forEach((k, v) -> facts.add(new Param(k, v, "-", "rule test", "2026", Param.ASSUMED, "test")));
        facts.add(new ContractFacts(modality, 20, valuePerMwh));
        facts.add(new PlanFacts("A", netMw, 500, requestsJcm));
        return BundledRules.book().plan(facts);
    }

    private static <T extends PlanDecision> List<T> decisions(RuleOutcome o, Class<T> type) {
        return o.decisions().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static TariffDecision tariff(RuleOutcome o) {
        List<TariffDecision> t = decisions(o, TariffDecision.class);
        assertEquals(1, t.size(), "exactly one tariff decision: " + o.decisions());
        return t.get(0);
    }

    private static boolean none(RuleOutcome o) {
        return o.decisions().isEmpty();
    }

    private static final Map<String, Object> FIXED = Map.of("tariff.type", "fixed", "tariff.fixed.perMwh", 2114000.0);
    private static final Map<String, Object> BANDED = Map.of("tariff.type", "capacity-banded",
            "tariff.banded.thresholdMw", 20.0, "tariff.banded.lowPerMwh", 133.5,
            "tariff.banded.highInterceptPerMwh", 145.4, "tariff.banded.highSlopePerMwhPerMw", 0.76);
    private static final Map<String, Object> TIERED = Map.of("tariff.type", "size-tiered",
            "tariff.tiered.smallMaxMw", 10.0, "tariff.tiered.smallBasePerMwh", 4380.0,
            "tariff.tiered.smallPremiumPerMwh", 700.0, "tariff.tiered.premiumYears", 8.0,
            "tariff.tiered.largeMaxMw", 50.0, "tariff.tiered.largePerMwh", 3660.0);
    private static final Map<String, Object> PLF = Map.of("tariff.type", "plf-ramp", "tariff.plf.perMwh", 7040.0,
            "tariff.plf.year1", 0.65, "tariff.plf.year2", 0.75, "tariff.plf.year3On", 0.80);

    @Test
    @DisplayName("TARIFF-FIXED sets the feed-in tariff; silent when the toolkit leaves the tariff to the bid")
    @Fires("TARIFF-FIXED")
    @Silent("TARIFF-FIXED")
    void fixed() throws Exception {
        TariffDecision d = tariff(plan(11, "BOT", FIXED));
        assertEquals("TARIFF-FIXED", d.ruleId());
        assertEquals(2114000.0, d.perMwh());
        assertTrue(none(plan(11, "BOT", Map.of())));
    }

    @Test
    @DisplayName("ID-TARIFF-BAND-LOW: 13.35 US cents/kWh up to and including 20 MW")
    @Fires("ID-TARIFF-BAND-LOW")
    @Silent("ID-TARIFF-BAND-HIGH")
    void bandLow() throws Exception {
        TariffDecision d = tariff(plan(20, "BOT", BANDED));
        assertEquals("ID-TARIFF-BAND-LOW", d.ruleId());
        assertEquals(133.5, d.perMwh(), 1e-12);
        assertTrue(plan(20, "BOT", BANDED).decisions().stream()
                .noneMatch(x -> x.toString().contains("ID-TARIFF-BAND-HIGH")), "HIGH stays silent at 20 MW");
    }

    @Test
    @DisplayName("ID-TARIFF-BAND-HIGH: 14.54 − 0.076 × MW above 20 MW")
    @Fires("ID-TARIFF-BAND-HIGH")
    @Silent("ID-TARIFF-BAND-LOW")
    void bandHigh() throws Exception {
        TariffDecision d = tariff(plan(25, "BOT", BANDED));
        assertEquals("ID-TARIFF-BAND-HIGH", d.ruleId());
        assertEquals(10 * (14.54 - 0.076 * 25), d.perMwh(), 1e-9); // 126.4 USD/MWh
    }

    private static final Map<String, Object> SINGLE = Map.of("tariff.type", "single-price",
            "tariff.single.perMwh", 200.0);

    @Test
    @DisplayName("ID-TARIFF-SINGLE-PRICE: USD 0.20/kWh = 200 USD/MWh at any capacity, no premium; silent under the "
            + "capacity bands")
    @Fires("ID-TARIFF-SINGLE-PRICE")
    @Silent("ID-TARIFF-SINGLE-PRICE")
    void singlePrice() throws Exception {
        for (double mw : new double[] {5, 20, 45}) {
            TariffDecision d = tariff(plan(mw, "BOT", SINGLE));
            assertEquals("ID-TARIFF-SINGLE-PRICE", d.ruleId());
            assertEquals(0.20 * 1000, d.perMwh(), 1e-12); // USD 0.20/kWh × 1,000 kWh/MWh, whatever the MW sold
            assertEquals(0, d.premiumYears());
        }
        assertEquals("ID-TARIFF-BAND-LOW", tariff(plan(5, "BOT", BANDED)).ruleId());
    }

    @Test
    @DisplayName("ID-GATE-FEE-NONE decides the authority pays no gate fee where the toolkit says none is payable")
    @Fires("ID-GATE-FEE-NONE")
    @Silent("ID-GATE-FEE-NONE")
    void noGateFee() throws Exception {
        List<NoGateFeeDecision> d = decisions(plan(12, "BOT", Map.of("tippingFee.payable", false)),
                NoGateFeeDecision.class);
        assertEquals(1, d.size());
        assertEquals("ID-GATE-FEE-NONE", d.get(0).ruleId());
        assertEquals("A", d.get(0).bidId());
        assertEquals(List.of("tippingFee.payable"), d.get(0).params());
        assertTrue(decisions(plan(12, "BOT", Map.of("tippingFee.payable", true)), NoGateFeeDecision.class).isEmpty());
        assertTrue(decisions(plan(12, "BOT", BANDED), NoGateFeeDecision.class).isEmpty());
    }

    @Test
    @DisplayName("TH-FIT-SMALL: base plus premium for 8 years up to 10 MW; TH-FIT-LARGE above")
    @Fires({"TH-FIT-SMALL", "TH-FIT-LARGE"})
    @Silent({"TH-FIT-SMALL", "TH-FIT-LARGE"})
    void thaiTiers() throws Exception {
        TariffDecision small = tariff(plan(8, "BOT", TIERED));
        assertEquals("TH-FIT-SMALL", small.ruleId());
        assertEquals(4380, small.perMwh(), 1e-12);
        assertEquals(700, small.premiumPerMwh(), 1e-12);
        assertEquals(8, small.premiumYears());
        TariffDecision large = tariff(plan(30, "BOT", TIERED));
        assertEquals("TH-FIT-LARGE", large.ruleId());
        assertEquals(3660, large.perMwh(), 1e-12);
        assertEquals(0, large.premiumYears());
    }

    @Test
    @DisplayName("TH-FIT-NONE warns above 50 MW and sets no tariff; silent at 50 MW")
    @Fires("TH-FIT-NONE")
    @Silent("TH-FIT-NONE")
    void thaiOutOfRange() throws Exception {
        RuleOutcome o = plan(60, "BOT", TIERED);
        assertTrue(none(o));
        Finding f = RuleFacts.assertFires(o, "TH-FIT-NONE", "A", Severity.WARNING);
        assertEquals(60, f.measured());
        RuleFacts.assertSilent(plan(50, "BOT", TIERED), "TH-FIT-NONE");
    }

    @Test
    @DisplayName("IN-CERC-TARIFF and IN-PLF-RAMP: CERC tariff, generation capped at 65%, 75%, then 80%")
    @Fires({"IN-CERC-TARIFF", "IN-PLF-RAMP"})
    @Silent({"IN-CERC-TARIFF", "IN-PLF-RAMP"})
    void indiaRamp() throws Exception {
        RuleOutcome o = plan(10, "BOT", PLF);
        TariffDecision t = tariff(o);
        assertEquals("IN-CERC-TARIFF", t.ruleId());
        assertEquals(7040, t.perMwh(), 1e-12);
        OutputCapDecision cap = o.decisions().stream().filter(d -> d instanceof OutputCapDecision)
                .map(d -> (OutputCapDecision) d).findFirst().orElseThrow();
        assertEquals("IN-PLF-RAMP", cap.ruleId());
        assertEquals(List.of(0.65, 0.75, 0.80), cap.plantLoadFactors());
        RuleOutcome fixed = plan(10, "BOT", FIXED);
        assertEquals("TARIFF-FIXED", tariff(fixed).ruleId(), "IN-CERC-TARIFF stays silent");
        assertEquals(List.of(), decisions(fixed, OutputCapDecision.class), "IN-PLF-RAMP stays silent");
    }

    @Test
    @DisplayName("PPP-DBO-AUTHORITY-OWNS under DBO; silent under BOT")
    @Fires("PPP-DBO-AUTHORITY-OWNS")
    @Silent("PPP-DBO-AUTHORITY-OWNS")
    void dbo() throws Exception {
        List<PlanDecision> d = plan(10, "DBO", Map.of()).decisions();
        assertEquals(List.of(new OwnershipDecision("PPP-DBO-AUTHORITY-OWNS")), d);
        assertTrue(none(plan(10, "BOT", Map.of())));
    }

    @Test
    @DisplayName("PPP-DBO-ELECTRICITY-VALUE prices the bid's power at the tender's value under DBO")
    @Fires("PPP-DBO-ELECTRICITY-VALUE")
    void dboElectricityValue() throws Exception {
        RuleOutcome o = plan(10, "DBO", 120, false, Map.of());
        assertEquals(List.of(new ElectricityValueDecision("A", "PPP-DBO-ELECTRICITY-VALUE", 120)),
                decisions(o, ElectricityValueDecision.class));
    }

    @Test
    @DisplayName("PPP-DBO-ELECTRICITY-VALUE stays silent with no stated value, under BOT, or under a regulated tariff")
    @Silent("PPP-DBO-ELECTRICITY-VALUE")
    void dboElectricityValueSilent() throws Exception {
        assertEquals(List.of(), decisions(plan(10, "DBO", Double.NaN, false, Map.of()),
                ElectricityValueDecision.class));
        assertEquals(List.of(), decisions(plan(10, "BOT", 120, false, Map.of()), ElectricityValueDecision.class));
        RuleOutcome regulated = plan(11, "DBO", 120, false, FIXED);
        assertEquals("TARIFF-FIXED", tariff(regulated).ruleId());
        assertEquals(List.of(), decisions(regulated, ElectricityValueDecision.class));
    }

    @Test
    @DisplayName("JCM-TIER-*: 0 similar projects → no-similar tier, 1 and 3 → one-to-three, 4 → four-or-more")
    @Fires({"JCM-TIER-NO-SIMILAR", "JCM-TIER-ONE-TO-THREE", "JCM-TIER-FOUR-OR-MORE"})
    void jcmTiers() throws Exception {
        assertEquals(List.of(new JcmTierDecision("A", "JCM-TIER-NO-SIMILAR", "noSimilarProjects")),
                decisions(plan(10, "BOT", Double.NaN, true, Map.of("jcm.similarWteProjects", 0.0)),
                        JcmTierDecision.class));
        for (double n : new double[] {1, 3}) {
            assertEquals(List.of(new JcmTierDecision("A", "JCM-TIER-ONE-TO-THREE", "oneToThreeSimilarProjects")),
                    decisions(plan(10, "BOT", Double.NaN, true, Map.of("jcm.similarWteProjects", n)),
                            JcmTierDecision.class), n + " similar projects");
        }
        JcmTierDecision four = decisions(plan(10, "BOT", Double.NaN, true, Map.of("jcm.similarWteProjects", 4.0)),
                JcmTierDecision.class).get(0);
        assertEquals(new JcmTierDecision("A", "JCM-TIER-FOUR-OR-MORE", "fourOrMoreSimilarProjects"), four);
        assertEquals(List.of("jcm.similarWteProjects", "jcm.subsidyCap.fourOrMoreSimilarProjects"), four.params());
    }

    @Test
    @DisplayName("JCM-TIER-* stay silent for a bid that requests no JCM subsidy, and each outside its own range")
    @Silent({"JCM-TIER-NO-SIMILAR", "JCM-TIER-ONE-TO-THREE", "JCM-TIER-FOUR-OR-MORE"})
    void jcmTiersSilent() throws Exception {
        for (double n : new double[] {0, 2, 5}) {
            assertEquals(List.of(), decisions(plan(10, "BOT", Double.NaN, false, Map.of("jcm.similarWteProjects", n)),
                    JcmTierDecision.class), n + " similar projects, no JCM requested");
        }
        // Exactly one tier decides for any count, so the other two stay silent.
        for (double n : new double[] {0, 2, 5}) {
            assertEquals(1, decisions(plan(10, "BOT", Double.NaN, true, Map.of("jcm.similarWteProjects", n)),
                    JcmTierDecision.class).size(), n + " similar projects");
        }
    }
}
