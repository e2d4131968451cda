package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (SIGKILL) at any moment while it replaces an output folder leaves either a complete set in place,
 * every file from the same run, or no folder and the previous complete set beside it; never a mix, never a part.
 */
class OutputFolderKillTest {

    /** Bytes per file: large enough that writing takes a while, so kills land in every phase. */
    private static final int SIZE = 4 << 20;

    @TempDir
    Path tmp;

    /** Writes the folder given as argument again and again, each run's files filled with that run's letter. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        for (int run = 0; ; run++) {
            byte letter = (byte) ('A' + run % 26);
            byte[] content = new byte[SIZE];
            java.util.Arrays.fill(content, letter);
            Map<String, OutputFolder.Content> files = new LinkedHashMap<>();
            files.put(JsonReport.FILE, OutputFolder.Content.of(content));
            files.put(ConsoleReport.FILE, OutputFolder.Content.of(content));
            List<org.wteval.model.InputProblem> problems = new ArrayList<>();
            OutputFolder.at(out, "--out", problems).replaceWith(files);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(problems.toString());
            }
        }
    }

    @Test
    void aKilledWriterLeavesACompleteSetOrNoneAndThePreviousOneBesideIt() throws Exception {
        Path out = tmp.resolve("out");
        Random random = new Random(20261202);
        for (int kill = 0; kill < 12; kill++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OutputFolderKillTest.class.getName(),
                    out.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
            Thread.sleep(300 + random.nextInt(1200));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            if (Files.isDirectory(out)) {
                assertCompleteSet(out);
            } else {
                List<Path> aside = siblings(".out.wte-old-");
                assertTrue(!aside.isEmpty() || kill == 0 && siblings(".out.wte-new-").size() <= 1,
                        "no folder and no previous set beside it after kill " + kill);
                for (Path a : aside) {
                    assertCompleteSet(a);
                }
            }
        }
        // The next run clears what the killed ones left and ends with exactly one complete set.
        Map<String, OutputFolder.Content> files = Map.of(JsonReport.FILE, OutputFolder.Content.of(new byte[] {'Z'}),
                ConsoleReport.FILE, OutputFolder.Content.of(new byte[] {'Z'}));
        OutputFolder.at(out, "--out", new ArrayList<>()).replaceWith(files);
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("log", "out"), s.map(x -> x.getFileName().toString()).sorted().toList());
        }
    }

    private List<Path> siblings(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(x -> x.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    /** Both files whole, and from the same run. */
    private static void assertCompleteSet(Path dir) throws IOException {
        byte[] json = Files.readAllBytes(dir.resolve(JsonReport.FILE));
        byte[] ranking = Files.readAllBytes(dir.resolve(ConsoleReport.FILE));
        assertEquals(SIZE, json.length, dir + ": a partial evaluation.json");
        assertEquals(SIZE, ranking.length, dir + ": a partial ranking.txt");
        assertEquals(json[0], ranking[0], dir + ": files from two runs");
        assertEquals(json[0], json[SIZE - 1], dir + ": a file of two runs");
    }
}
