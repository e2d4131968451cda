package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wteval.rules.RuleFacts.A;
import static org.wteval.rules.RuleFacts.assertFires;
import static org.wteval.rules.RuleFacts.assertSilent;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.model.Param;
import org.wteval.model.Severity;

/** JCM and JFJCM stacking (rules/jcm/stacking.drl): both grants for one plant warn unless the funders agreed. */
class GrantStackingRulesTest {

    private static RuleOutcome judge(boolean agreed, GrantFacts g) throws Exception {
        return BundledRules.book().judge(List.of(new Param("jfjcm.stackingWithJcmModelProjectAgreed", agreed, "flag",
                "test", "2026", Param.ASSUMED, "test"), g));
    }

    @Test
    @DisplayName("JCM-JFJCM-STACKING warns when a bid requests a JCM subsidy of 4m and would draw a JFJCM grant of 6m")
    @Fires("JCM-JFJCM-STACKING")
    void bothGrantsWarn() throws Exception {
        Finding f = assertFires(judge(false, new GrantFacts(A, true, 4e6, 6e6, "USD")), "JCM-JFJCM-STACKING", A,
                Severity.WARNING);
        assertEquals(6e6, f.measured());
        assertEquals(0, f.threshold());
        assertEquals("USD", f.unit());
    }

    @Test
    @DisplayName("JCM-JFJCM-STACKING is silent with one grant only, and when the funders have agreed")
    @Silent("JCM-JFJCM-STACKING")
    void oneGrantOrAnAgreementIsSilent() throws Exception {
        // JCM only: the capex is below the reference plant, so the JFJCM grant is 0.
        assertSilent(judge(false, new GrantFacts(A, true, 4e6, 0, "USD")), "JCM-JFJCM-STACKING");
        // JFJCM only: the bid requests no JCM subsidy.
        assertSilent(judge(false, new GrantFacts(A, false, 0, 6e6, "USD")), "JCM-JFJCM-STACKING");
        // Both, with the funders' agreement recorded in the toolkit.
        assertSilent(judge(true, new GrantFacts(A, true, 4e6, 6e6, "USD")), "JCM-JFJCM-STACKING");
    }
}
