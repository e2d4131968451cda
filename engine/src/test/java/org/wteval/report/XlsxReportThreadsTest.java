package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.pipeline.Evaluation;

/** The bid sheets are written in parallel; the workbook must not show how the threads ran. */
class XlsxReportThreadsTest {

    @Test
    @DisplayName("the workbook of a case is the same bytes written by one thread, by four, and by the common pool")
    void sameBytesWhateverTheThreads() throws Exception {
        Evaluation e = BundledRules.engine().evaluate(CaseFolderReader.read(CaseFolders.sample("th-songkhla")));
        byte[] common = XlsxReport.render(e);
        for (int threads : new int[] {1, 4}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                // A parallel stream started inside a pool's task runs in that pool.
                assertArrayEquals(common, pool.submit(() -> XlsxReport.render(e)).get(), threads + " thread(s)");
            } finally {
                pool.shutdown();
            }
        }
    }
}
