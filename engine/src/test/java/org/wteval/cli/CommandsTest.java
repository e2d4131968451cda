package org.wteval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wteval.CaseFolders;

/** The commands as a user types them. */
class CommandsTest {

    private static final String CASE = CaseFolders.sample("vn-bac-ninh").toString();

    @Test
    void helpListsTheCommands() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.code());
        for (String c : new String[] {"evaluate", "explain", "validate", "rules"}) {
            assertTrue(r.out().contains(c), r.out());
        }
    }

    @Test
    void validateAcceptsTheSampleCase() {
        CliRun r = CliRun.of("validate", CASE);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("valid: tender vn-bac-ninh with 5 bid(s), toolkit base > vn"), r.out());
    }

    @Test
    void explainPrintsInputsFormulaOriginAndSourceStatus() {
        CliRun r = CliRun.of("explain", CASE, "B1", "netEfficiencyDesign");
        assertEquals(0, r.code(), r.err());
        // η_net = 0.26 − (2.6 / 2) / min(11.5 × 7.5 / 3.6, 21.7) = 0.26 − 1.3 / 21.7 = 0.2001
        assertTrue(r.out().startsWith("netEfficiencyDesign = 0.2001 fraction"), r.out());
        assertTrue(r.out().contains("= grossElectricalEfficiency − (auxiliaryLoad / lines) / thermalInputPerLineAtDesign"));
        assertTrue(r.out().contains("from bids/b1-nihon-vn.yaml: plant.auxiliaryLoadMw"), r.out());

        CliRun assumed = CliRun.of("explain", CASE, "B1", "discountRateNominal");
        assertTrue(assumed.out().contains("finance.discountRateReal = 0.08 fraction/yr   [toolkit, ASSUMED]"),
                assumed.out());
    }

    @Test
    void explainWithoutAFigureListsThemAndUnknownNamesAreInputErrors() {
        CliRun list = CliRun.of("explain", CASE, "B2");
        assertEquals(0, list.code());
        assertTrue(list.out().contains("treatedShare"), list.out());

        CliRun unknownFigure = CliRun.of("explain", CASE, "B2", "happiness");
        assertEquals(Main.INVALID_INPUT, unknownFigure.code());
        assertTrue(unknownFigure.err().contains("no figure 'happiness' for B2"), unknownFigure.err());

        CliRun unknownBid = CliRun.of("explain", CASE, "Z9", "treatedShare");
        assertEquals(Main.INVALID_INPUT, unknownBid.code());
        assertTrue(unknownBid.err().contains("no bid 'Z9'"), unknownBid.err());
    }
}
