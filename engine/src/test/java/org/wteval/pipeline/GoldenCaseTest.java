package org.wteval.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.cli.Main;

/**
 * Every sample case with an {@code expected/} folder is evaluated through the command line (awarded, for a tender
 * divided into lots, whose golden file is {@code award.json}) and its outputs are compared with the golden files; a
 * difference fails with a unified diff. Golden files are reviewed by hand when regenerated
 * ({@code ./wte evaluate cases/<id> --out cases/<id>/expected}, or {@code ./wte award}), never refreshed blindly.
 */
class GoldenCaseTest {

    private static final int DIFF_CONTEXT = 2;
    private static final int DIFF_LINES_SHOWN = 60;

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> sampleCasesMatchTheirGoldenOutputs() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CaseFolders.root().resolve("cases"))) {
            // Tender cases; the portfolio sample, which has no tender, has its own golden test.
            cases = s.filter(p -> Files.isDirectory(p.resolve("expected"))
                    && Files.isRegularFile(p.resolve("tender.yaml"))).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no sample case has golden outputs");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private void check(Path caseDir) throws IOException {
        Path out = tmp.resolve(caseDir.getFileName().toString());
        StringWriter err = new StringWriter();
        String command = Files.exists(caseDir.resolve("expected/award.json")) ? "award" : "evaluate";
        int code = BundledRules.run(new String[] {command, caseDir.toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(Main.OK, code, err.toString());
        try (Stream<Path> s = Files.list(caseDir.resolve("expected"))) {
            for (Path expected : s.sorted().toList()) {
                Path actual = out.resolve(expected.getFileName().toString());
                List<String> want = Files.readAllLines(expected);
                List<String> got = Files.readAllLines(actual);
                if (!want.equals(got)) {
                    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("expected/" + expected.getFileName(),
                            "actual/" + actual.getFileName(), want, DiffUtils.diff(want, got), DIFF_CONTEXT);
                    fail(caseDir.getFileName() + ": " + expected.getFileName() + " differs from its golden file:\n"
                            + String.join("\n", diff.subList(0, Math.min(diff.size(), DIFF_LINES_SHOWN))));
                }
            }
        }
    }
}
