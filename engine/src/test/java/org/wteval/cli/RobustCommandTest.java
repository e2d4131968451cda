package org.wteval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.CaseFolders;

/** {@code wte robust} as a user runs it: the same bytes for any thread count, bad inputs refused whole. */
class RobustCommandTest {

    @Test
    void robustJsonIsTheSameBytesForOneAndTwoThreadsAndAcrossRuns(@TempDir Path tmp) throws Exception {
        String c = CaseFolders.sample("th-songkhla").toString();
        CliRun one = CliRun.of("robust", c, "--draws", "3000", "--threads", "1", "--out", tmp.resolve("a").toString());
        CliRun two = CliRun.of("robust", c, "--draws", "3000", "--threads", "2", "--out", tmp.resolve("b").toString());
        CliRun again = CliRun.of("robust", c, "--draws", "3000", "--threads", "2", "--out",
                tmp.resolve("c").toString());
        assertEquals(0, one.code(), one.err());
        byte[] a = Files.readAllBytes(tmp.resolve("a/robust.json"));
        assertArrayEquals(a, Files.readAllBytes(tmp.resolve("b/robust.json")));
        assertArrayEquals(a, Files.readAllBytes(tmp.resolve("c/robust.json")));
        assertEquals(one.out().replace(tmp.resolve("a").toString(), "OUT"),
                two.out().replace(tmp.resolve("b").toString(), "OUT"));

        JsonNode r = new ObjectMapper().readTree(a);
        assertEquals(3000, r.path("run").path("draws").asInt());
        assertTrue(r.path("monteCarlo").path("qualificationHeldFixed").asBoolean());
        // Each bid's rank probabilities are shares of the same draws: they sum to 1.
        for (JsonNode b : r.path("monteCarlo").path("bids")) {
            double sum = 0;
            for (JsonNode p : b.path("rankProbability")) {
                sum += p.asDouble();
            }
            assertEquals(1, sum, 1e-12, b.path("bid").asText());
        }
        assertEquals(4, r.path("rankReversal").size());
        // Run again into its own output: the folder is the engine's, so it is replaced.
        CliRun replaced = CliRun.of("robust", c, "--draws", "3000", "--out", tmp.resolve("a").toString());
        assertEquals(0, replaced.code(), replaced.err());
        assertArrayEquals(a, Files.readAllBytes(tmp.resolve("a/robust.json")));
        assertTrue(one.out().contains("rank reversal: TC1 pass TC2 pass TC3 pass LEAVE-ONE-OUT pass"), one.out());
    }

    @Test
    void aBadUncertaintyBlockIsReportedWholeWithFileAndFieldAndNothingIsWritten(@TempDir Path tmp) throws Exception {
        Path c = CaseFolders.copy("th-songkhla", tmp);
        Files.writeString(c.resolve("tender.yaml"), """
                uncertainty:
                  inflationShift: {family: normal, mean: 0, sd: -0.01, source: "test"}
                  capexOverrun: {family: uniform, min: 1.3, max: 0.9, source: "test"}
                  correlation:
                    variables: [inflationShift, discountRateRealShift, tonnageGrowthShift]
                    matrix: [[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]]
                """, StandardOpenOption.APPEND);
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("robust", c.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("tender.yaml") && r.err().contains("uncertainty.inflationShift.sd"), r.err());
        assertTrue(r.err().contains("uncertainty.capexOverrun"), r.err());
        assertTrue(r.err().contains("uncertainty.correlation.matrix"), r.err());
        assertFalse(Files.exists(out), "nothing is written");
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void anUnknownFamilyIsRefusedWithItsField(@TempDir Path tmp) throws Exception {
        Path c = CaseFolders.copy("th-songkhla", tmp);
        Files.writeString(c.resolve("tender.yaml"), """
                uncertainty:
                  lhvShiftMjPerKg: {family: cauchy, mean: 0, sd: 1, source: "test"}
                """, StandardOpenOption.APPEND);
        CliRun r = CliRun.of("robust", c.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("uncertainty.lhvShiftMjPerKg"), r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void aProvisionalRankingIsSaidToBeOne(@TempDir Path tmp) throws Exception {
        CliRun r = CliRun.of("robust", CaseFolders.sample("id-west-java").toString(), "--draws", "500", "--out",
                tmp.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("the ranking is provisional"), r.out());
        JsonNode json = new ObjectMapper().readTree(tmp.resolve("out/robust.json").toFile());
        assertEquals("PROVISIONAL", json.path("run").path("rankingStatus").asText());
    }

    @Test
    void drawsAndThreadsOutOfRangeAreReportedTogether(@TempDir Path tmp) {
        CliRun r = CliRun.of("robust", CaseFolders.sample("th-songkhla").toString(), "--draws", "0", "--threads", "0",
                "--out", tmp.resolve("out").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--draws") && r.err().contains("--threads"), r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }
}
