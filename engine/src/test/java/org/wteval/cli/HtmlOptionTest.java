package org.wteval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.CaseFolders;

/** {@code --html} on the two commands that write a page: with the other outputs, in the folder replaced whole. */
class HtmlOptionTest {

    @TempDir
    Path tmp;

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void evaluateWritesThePageBesideTheWorkbookAndTheSameBytesTwice() throws Exception {
        Path out = tmp.resolve("out");
        String caseDir = CaseFolders.sample("vn-bac-ninh").toString();
        CliRun run = CliRun.of("evaluate", caseDir, "--out", out.toString(), "--html", "--xlsx");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("evaluation.html", "evaluation.json", "evaluation.xlsx", "ranking.txt"), files(out));
        assertTrue(run.out().contains("wrote " + out.toAbsolutePath().normalize().resolve("evaluation.html")),
                run.out());
        byte[] first = Files.readAllBytes(out.resolve("evaluation.html"));
        assertEquals(0, CliRun.of("evaluate", caseDir, "--out", out.toString(), "--html").code());
        assertArrayEquals(first, Files.readAllBytes(out.resolve("evaluation.html")));
        assertEquals(List.of("evaluation.html", "evaluation.json", "ranking.txt"), files(out),
                "the folder is replaced whole: the workbook of the run before is gone");
    }

    @Test
    void robustWritesItsPageBesideRobustJson() throws Exception {
        Path out = tmp.resolve("robust");
        CliRun run = CliRun.of("robust", CaseFolders.sample("th-songkhla").toString(), "--draws", "200",
                "--threads", "1", "--out", out.toString(), "--html");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("robust.html", "robust.json"), files(out));
        String page = Files.readString(out.resolve("robust.html"));
        assertTrue(page.contains("<section id=\"robust\">") && page.contains("200 draws each, seed 20260101."),
                "the page shows the analysis of this run");
    }
}
