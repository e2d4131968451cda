package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wteval.rules.RuleFacts.A;
import static org.wteval.rules.RuleFacts.assertFires;
import static org.wteval.rules.RuleFacts.assertSilent;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.model.Param;
import org.wteval.model.Severity;

/** JCM screening (rules/jcm/screening.drl): each test passes or fails with its clause; 4,000 JPY/tCO2, 3 years. */
class JcmRulesTest {

    private static RuleOutcome fire(JcmFacts j) throws Exception {
        List<Object> facts = new ArrayList<>();
        facts.add(new Param("jcm.costEffectivenessMax", 4000.0, "JPY/tCO2", "test", "2025", Param.VERIFIED, "test"));
        facts.add(new Param("jcm.minPaybackYears", 3.0, "years", "test", "2025", Param.VERIFIED, "test"));
        facts.add(j);
        return BundledRules.book().judge(facts);
    }

    /** A compliant request: 40% of 50% allowed, 1,327 JPY/t, payback 6 years. */
    private static JcmFacts compliant() {
        return new JcmFacts(A, 0.40, 0.50, 1326.7, 6.0);
    }

    @Test
    @DisplayName("a compliant bid passes all three: JCM-SUBSIDY-CAP-MET, JCM-COST-EFFECTIVENESS-MET, JCM-PAYBACK-MET")
    @Fires({"JCM-SUBSIDY-CAP-MET", "JCM-COST-EFFECTIVENESS-MET", "JCM-PAYBACK-MET"})
    @Silent({"JCM-SUBSIDY-CAP", "JCM-COST-EFFECTIVENESS", "JCM-PAYBACK"})
    void compliantPassesAll() throws Exception {
        RuleOutcome o = fire(compliant());
        assertFires(o, "JCM-SUBSIDY-CAP-MET", A, Severity.INFO);
        assertFires(o, "JCM-COST-EFFECTIVENESS-MET", A, Severity.INFO);
        assertFires(o, "JCM-PAYBACK-MET", A, Severity.INFO);
        assertSilent(o, "JCM-SUBSIDY-CAP");
        assertSilent(o, "JCM-COST-EFFECTIVENESS");
        assertSilent(o, "JCM-PAYBACK");
    }

    @Test
    @DisplayName("JCM-SUBSIDY-CAP fails a subsidy above the tier cap; at the cap it passes")
    @Fires({"JCM-SUBSIDY-CAP", "JCM-SUBSIDY-CAP-MET"})
    @Silent({"JCM-SUBSIDY-CAP", "JCM-SUBSIDY-CAP-MET"})
    void subsidyCap() throws Exception {
        RuleOutcome over = fire(new JcmFacts(A, 0.45, 0.40, 1000, 6));
        Finding f = assertFires(over, "JCM-SUBSIDY-CAP", A, Severity.WARNING);
        assertEquals(0.40, f.threshold());
        assertSilent(over, "JCM-SUBSIDY-CAP-MET");
        RuleOutcome atCap = fire(new JcmFacts(A, 0.40, 0.40, 1000, 6));
        assertSilent(atCap, "JCM-SUBSIDY-CAP");
        assertFires(atCap, "JCM-SUBSIDY-CAP-MET", A, Severity.INFO);
    }

    @Test
    @DisplayName("JCM-COST-EFFECTIVENESS fails above 4,000 JPY/tCO2; at 4,000 it passes")
    @Fires("JCM-COST-EFFECTIVENESS")
    @Silent({"JCM-COST-EFFECTIVENESS", "JCM-COST-EFFECTIVENESS-MET"})
    void costEffectiveness() throws Exception {
        assertFires(fire(new JcmFacts(A, 0.4, 0.5, 4500, 6)), "JCM-COST-EFFECTIVENESS", A, Severity.WARNING);
        RuleOutcome at = fire(new JcmFacts(A, 0.4, 0.5, 4000, 6));
        assertSilent(at, "JCM-COST-EFFECTIVENESS");
        assertSilent(fire(new JcmFacts(A, 0.4, 0.5, 4500, 6)), "JCM-COST-EFFECTIVENESS-MET");
    }

    @Test
    @DisplayName("JCM-PAYBACK fails a payback under 3 years; a project that never pays back passes")
    @Fires({"JCM-PAYBACK", "JCM-PAYBACK-MET"})
    @Silent({"JCM-PAYBACK", "JCM-PAYBACK-MET"})
    void payback() throws Exception {
        assertFires(fire(new JcmFacts(A, 0.4, 0.5, 1000, 2.5)), "JCM-PAYBACK", A, Severity.WARNING);
        assertSilent(fire(new JcmFacts(A, 0.4, 0.5, 1000, 2.5)), "JCM-PAYBACK-MET");
        RuleOutcome never = fire(new JcmFacts(A, 0.4, 0.5, 1000, Double.NaN));
        assertSilent(never, "JCM-PAYBACK");
        assertFires(never, "JCM-PAYBACK-MET", A, Severity.INFO);
    }
}
