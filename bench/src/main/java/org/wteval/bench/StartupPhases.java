package org.wteval.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.CaseSource;
import org.wteval.pipeline.Engine;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.ValidatedCase;
import org.wteval.report.ConsoleReport;
import org.wteval.report.JsonReport;

/**
 * Times the phases of one cold evaluation in a fresh JVM, in the order the command line runs them: the JVM up to
 * main, reading the case (parsing and schema checks), loading the rule base, validating against the toolkit,
 * evaluating, and rendering the reports (to nowhere, so the disk does not count). Usage: {@code StartupPhases CASE}.
 */
public final class StartupPhases {

    private StartupPhases() {
    }

    public static void main(String[] args) throws Exception {
        long atMain = System.currentTimeMillis();
        long t0 = System.nanoTime();
        CaseSource source = CaseFolderReader.read(Path.of(args[0]));
        long t1 = System.nanoTime();
        Engine engine = Engine.bundled();
        long t2 = System.nanoTime();
        ValidatedCase validated = engine.validate(source);
        long t3 = System.nanoTime();
        Evaluation e = engine.evaluate(validated);
        long t4 = System.nanoTime();
        JsonReport.write(e, OutputStream.nullOutputStream());
        ConsoleReport.render(e);
        long t5 = System.nanoTime();
        long jvm = atMain - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("jvm-to-main %d ms, read %d, rules %d, validate %d, evaluate %d, reports %d, total %d ms%n",
                jvm, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), jvm + ms(t5 - t0));
    }

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }
}
