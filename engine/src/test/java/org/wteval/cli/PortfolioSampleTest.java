package org.wteval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.CaseFolders;

/**
 * The sample portfolio, {@code cases/portfolio-jcm}, against its golden outputs. Its README derives the answer by
 * hand: of the 10 projects that pass screening, the optimum within USD 38m and the caps is Male, East Java, southern
 * Thailand, Western Province and northern Thailand, 1,730,000 tCO2; greedy by tCO2 per dollar takes Central Java
 * instead of Western Province and reaches 1,690,000.
 */
class PortfolioSampleTest {

    @Test
    void theSampleMatchesItsGoldenSummaryAndJson(@TempDir Path tmp) throws Exception {
        Path sample = CaseFolders.sample("portfolio-jcm");
        CliRun r = CliRun.of("portfolio", sample.resolve("portfolio.yaml").toString(), "--out", tmp.toString());
        assertEquals(0, r.code(), r.err());
        String nl = System.lineSeparator();
        String wrote = "wrote " + tmp.resolve("portfolio.json") + nl;
        assertEquals(Files.readString(sample.resolve("expected/summary.txt")).replace("\n", nl) + wrote, r.out());
        assertEquals(Files.readString(sample.resolve("expected/portfolio.json")),
                Files.readString(tmp.resolve("portfolio.json")));
    }
}
