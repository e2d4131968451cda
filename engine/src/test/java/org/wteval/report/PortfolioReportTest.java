package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.optimise.portfolio.domain.SearchOutcome;

class PortfolioReportTest {

    @Test
    @DisplayName("a search run to the end is stated as proven optimal, with the nodes it took")
    void provenSearch() {
        assertEquals("proven optimal: branch and bound settled every branch (1,234 nodes)",
                PortfolioReport.proof(new SearchOutcome(1_234, Long.MAX_VALUE, true)));
    }

    @Test
    @DisplayName("a search stopped by its node limit is stated as not proven, with the limit and how to raise it")
    void stoppedSearch() {
        assertEquals("NOT proven optimal: the search stopped at its limit of 2,000,000 nodes with the best portfolio"
                + " found; a larger --node-limit may find a better one",
                PortfolioReport.proof(new SearchOutcome(2_000_007, 2_000_000, false)));
    }
}
