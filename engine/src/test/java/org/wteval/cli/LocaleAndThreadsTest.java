package org.wteval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.pipeline.Engine;
import org.wteval.report.JsonReport;
import org.wteval.report.XlsxReport;

/**
 * The same inputs give the same bytes: 50 evaluations of the sample cases on 8 threads equal the sequential ones,
 * and the command line run in a fresh JVM under another time zone and locale (Turkish, whose dotless i breaks
 * case conversion; German, with its decimal comma) writes the checked-in outputs, and the workbook this JVM writes.
 * The fresh
 * JVM compiles the rules from source, so this also covers an adviser's rules folder.
 */
class LocaleAndThreadsTest {

    private static final List<String> SAMPLES = List.of("vn-bac-ninh", "id-west-java", "id-west-java-2025",
            "in-lucknow", "mv-greater-male", "ph-metro-cebu", "th-songkhla", "th-songkhla-committee");

    @TempDir
    Path tmp;

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    @Test
    void fiftyParallelEvaluationsEqualTheSequentialOnes() throws Exception {
        Engine engine = BundledRules.engine();
        Map<String, byte[]> sequential = new LinkedHashMap<>();
        for (String id : SAMPLES) {
            sequential.put(id, JsonReport.render(engine.evaluate(CaseFolderReader.read(CaseFolders.sample(id)))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> runs = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String id = SAMPLES.get(i % SAMPLES.size());
                runs.add(pool.submit(() -> JsonReport.render(engine.evaluate(
                        CaseFolderReader.read(CaseFolders.sample(id))))));
            }
            for (int i = 0; i < runs.size(); i++) {
                assertArrayEquals(sequential.get(SAMPLES.get(i % SAMPLES.size())), runs.get(i).get(),
                        "run " + i + " of " + SAMPLES.get(i % SAMPLES.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFreshJvmUnderAnotherTimeZoneAndLocaleWritesTheCheckedInOutputs() throws Exception {
        String[][] settings = {{"Asia/Kolkata", "tr", "TR"}, {"America/St_Johns", "de", "DE"}};
        byte[] workbook = XlsxReport.render(BundledRules.engine().evaluate(
                CaseFolderReader.read(CaseFolders.sample("id-west-java"))));
        for (String[] s : settings) {
            Path out = tmp.resolve("out-" + s[1]);
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // As the wte launcher runs it: UTF-8 whatever the locale (see wte).
                    "-Dfile.encoding=UTF-8", "-Duser.language=" + s[1], "-Duser.country=" + s[2],
                    "-Duser.timezone=" + s[0],
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "evaluate", CaseFolders.sample("id-west-java").toString(), "--xlsx", "--out", out.toString());
            pb.environment().put("TZ", s[0]);
            pb.environment().put("LC_ALL", s[1] + "_" + s[2] + ".UTF-8");
            pb.redirectErrorStream(true).redirectOutput(tmp.resolve("log-" + s[1]).toFile());
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the run under " + String.join(" ", s) + " did not end");
            }
            assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("log-" + s[1])));
            Path expected = CaseFolders.sample("id-west-java").resolve("expected");
            for (String f : List.of(JsonReport.FILE, "ranking.txt")) {
                String want = Files.readString(expected.resolve(f));
                String got = Files.readString(out.resolve(f));
                assertEquals(want, got, f + " under " + String.join(" ", s) + " differs from character "
                        + firstDifference(want, got) + ": "
                        + got.substring(Math.max(0, firstDifference(want, got) - 80),
                                Math.min(got.length(), firstDifference(want, got) + 80)));
            }
            // The workbook's zip entries carry a date, which zip stores as a local date-time: the same bytes as
            // this JVM's, in whatever zone it runs.
            assertArrayEquals(workbook, Files.readAllBytes(out.resolve(XlsxReport.FILE)),
                    XlsxReport.FILE + " under " + String.join(" ", s));
        }
    }
}
