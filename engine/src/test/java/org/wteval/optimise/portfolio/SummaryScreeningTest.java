package org.wteval.optimise.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.model.PortfolioFile;
import org.wteval.optimise.portfolio.domain.ScreeningFailure;

class SummaryScreeningTest {

    static final PortfolioFile.Screening RULES = new PortfolioFile.Screening(150,
            new PortfolioFile.SubsidyCap(0.5, 0.4, 0.3), 4000, 3, 10_000_000L);

    private static PortfolioFile.Project jcm(long grant, double tco2PerYear, int similar, Double payback) {
        return new PortfolioFile.Project("p", "p", "p", "JCM", "VN", "grate", grant, 0.5, tco2PerYear, 10, null,
                new PortfolioFile.JcmTerms(10_000_000, similar, 17, payback), null, null, "assumed");
    }

    @Test
    @DisplayName("4,000,000 for 9,000 tCO2/yr over 17 years: 4e6 × 150 / (9,000 × 17) = 3,921.6 JPY/tCO2 and a 40% "
            + "share pass; with 8,000 tCO2/yr it is 4,411.8 and fails")
    void costEffectiveness() {
        assertEquals(List.of(), SummaryScreening.failures(jcm(4_000_000, 9_000, 0, 5.0), RULES));
        List<ScreeningFailure> f = SummaryScreening.failures(jcm(4_000_000, 8_000, 0, 5.0), RULES);
        assertEquals(1, f.size());
        assertEquals("JCM-COST-EFFECTIVENESS", f.get(0).rule());
        assertEquals(4_000_000.0 * 150 / (8_000 * 17), f.get(0).measured(), 1e-9);
    }

    @Test
    @DisplayName("a 40% share fails the 30% cap of four similar projects and passes the 40% of one to three; a "
            + "2-year payback fails the 3-year minimum")
    void capTierAndPayback() {
        assertEquals(List.of(), SummaryScreening.failures(jcm(4_000_000, 20_000, 3, null), RULES));
        assertEquals(List.of(new ScreeningFailure("JCM-SUBSIDY-CAP",
                        "JCM subsidy share of the initial investment exceeds the tier cap", 0.4, 0.3, "fraction"),
                new ScreeningFailure("JCM-PAYBACK", "payback without the subsidy is shorter than the minimum", 2, 3,
                        "years")), SummaryScreening.failures(jcm(4_000_000, 20_000, 4, 2.0), RULES));
    }

    @Test
    @DisplayName("a JFJCM grant above the fund's 10,000,000 largest grant fails; at it, it passes")
    void jfjcmLargestGrant() {
        PortfolioFile.Project over = new PortfolioFile.Project("j", "j", "j", "JFJCM", "MV", "grate", 10_000_001L,
                0.5, 1000.0, 10, null, null, null, null, "assumed");
        assertEquals("JFJCM-MAX-GRANT", SummaryScreening.failures(over, RULES).get(0).rule());
        PortfolioFile.Project at = new PortfolioFile.Project("j", "j", "j", "JFJCM", "MV", "grate", 10_000_000L,
                0.5, 1000.0, 10, null, null, null, null, "assumed");
        assertEquals(List.of(), SummaryScreening.failures(at, RULES));
    }
}
