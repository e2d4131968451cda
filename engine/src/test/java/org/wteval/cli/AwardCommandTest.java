package org.wteval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.CaseFolders;

/**
 * {@code wte award}: the same bytes on every run; bad input refused whole, with file and field, writing nothing; and a
 * supplier cap that leaves a lot without an eligible bid answered in words naming the cap, not an exception.
 */
class AwardCommandTest {

    @TempDir
    Path tmp;

    @Test
    void twoRunsWriteTheSameBytesAndPrintTheSameAnswer() throws Exception {
        Path c = CaseFolders.copy("vn-multilot", tmp);
        CliRun first = CliRun.of("award", c.toString(), "--out", tmp.resolve("a").toString());
        CliRun second = CliRun.of("award", c.toString(), "--out", tmp.resolve("b").toString());
        assertEquals(Main.OK, first.code(), first.err());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a/award.json")),
                Files.readAllBytes(tmp.resolve("b/award.json")));
        assertEquals(first.out().replace(tmp.resolve("a").toString(), "OUT"),
                second.out().replace(tmp.resolve("b").toString(), "OUT"));
    }

    @Test
    void badInputIsRefusedWithFileAndFieldAndNothingIsWritten() {
        Path c = CaseFolders.copy("vn-multilot", tmp);
        CaseFolders.edit(c.resolve("bids/b2-eurogrid.yaml"), "relatedLots: [L3]", "relatedLots: [L9]");
        CaseFolders.edit(c.resolve("tender.yaml"), "relatedLots: [L1, L2]", "relatedLots: [L1, L1]");
        Path out = tmp.resolve("out");

        CliRun r = CliRun.of("award", c.toString(), "--out", out.toString());

        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("bids/b2-eurogrid.yaml: relatedLots: names lot 'L9', which the tender does not "
                + "have"), r.err());
        assertTrue(r.err().contains("tender.yaml: lotGroups[0].relatedLots: names lot 'L1' twice; a lot group covers "
                + "each lot once"), r.err());
        assertFalse(Files.exists(out), "no output may be written for invalid input");
    }

    @Test
    void aCapOfZeroIsRefusedWithItsField() {
        Path c = CaseFolders.copy("vn-multilot", tmp);
        CaseFolders.edit(c.resolve("tender.yaml"), "maximumLotsAwardedPerSupplier: 2",
                "maximumLotsAwardedPerSupplier: 0");
        CliRun r = CliRun.of("award", c.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("tender.yaml: lotDetails.maximumLotsAwardedPerSupplier: must have a minimum value "
                + "of 1"), r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    /**
     * Under a cap of one lot per supplier the package (two lots) may not win, and the two eligible bidders left, B1
     * and B5, can take two of the three lots: the third is answered as open, naming the cap.
     */
    @Test
    void aCapThatLeavesALotWithoutAnEligibleBidIsAnsweredInWords() {
        Path c = CaseFolders.copy("vn-multilot", tmp);
        CaseFolders.edit(c.resolve("tender.yaml"), "maximumLotsAwardedPerSupplier: 2",
                "maximumLotsAwardedPerSupplier: 1");
        CliRun r = CliRun.of("award", c.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("1 lot left unawarded"), r.out());
        assertTrue(r.out().contains("cannot be met:"), r.out());
        assertTrue(r.out().contains("cannot be awarded: B1 at"), r.out());
        assertTrue(r.out().contains("would break: supplier cap: Nihon-Viet WtE Consortium would win 2 lots where the "
                + "tender allows one supplier 1"), r.out());
        assertTrue(r.out().contains("would break: supplier cap: Hanoi EnviroTech Partners would win 2 lots where the "
                + "tender allows one supplier 1"), r.out());
    }

    @Test
    void evaluateRefusesATenderWithLotsAndAwardATenderWithout() {
        CliRun evaluate = CliRun.of("evaluate", CaseFolders.sample("vn-multilot").toString(), "--out",
                tmp.resolve("e").toString());
        assertEquals(Main.INVALID_INPUT, evaluate.code(), evaluate.err());
        assertTrue(evaluate.err().contains("tender.yaml: lots: the tender is divided into lots, which are evaluated lot "
                + "by lot and awarded together: run wte award"), evaluate.err());
        CliRun award = CliRun.of("award", CaseFolders.sample("vn-bac-ninh").toString(), "--out",
                tmp.resolve("a").toString());
        assertEquals(Main.INVALID_INPUT, award.code(), award.err());
        assertTrue(award.err().contains("tender.yaml: lots: the tender has no lots: a tender of one site is evaluated "
                + "with wte evaluate"), award.err());
        assertFalse(Files.exists(tmp.resolve("e")));
        assertFalse(Files.exists(tmp.resolve("a")));
    }
}
