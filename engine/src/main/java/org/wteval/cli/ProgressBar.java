package org.wteval.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.wteval.robust.Progress;

/**
 * A progress bar on the error stream, redrawn in place a few times a second, for a long run on a terminal. It only
 * reads the {@link Progress} the analysis updates, so it cannot change a result; a closed bar leaves a clean line.
 */
final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;
    private static final long PERIOD_MS = 200;

    private final PrintWriter err;
    private final Progress progress;
    private final ScheduledExecutorService timer;
    private int lastLength;

    private ProgressBar(PrintWriter err, Progress progress) {
        this.err = err;
        this.progress = progress;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress-bar");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::draw, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** A bar on {@code err} if the command runs on a terminal; otherwise one that draws nothing. */
    static ProgressBar on(PrintWriter err, Progress progress, boolean terminal) {
        return terminal ? new ProgressBar(err, progress) : null;
    }

    private synchronized void draw() {
        double f = progress.fraction();
        int filled = (int) Math.round(f * WIDTH);
        String line = "wte robust: " + progress.step() + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + Math.round(100 * f) + "%";
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
        }
    }
}
