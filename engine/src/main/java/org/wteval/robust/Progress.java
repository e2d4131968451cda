package org.wteval.robust;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a robust analysis has got: the step it is on and, within a step of many draws, how many are done. The
 * runners add each finished block of draws; a command line may read it from another thread to draw a progress bar.
 * It never changes a result.
 */
public final class Progress {

    private final AtomicLong done = new AtomicLong();
    private volatile String step = "";
    private volatile long total;

    /** Starts a step of {@code total} draws (0 for a step that is not counted in draws). */
    public void start(String step, long total) {
        this.step = step;
        this.total = total;
        done.set(0);
    }

    /** Records {@code draws} more draws done. */
    void advance(long draws) {
        done.addAndGet(draws);
    }

    public String step() {
        return step;
    }

    /** The share of the current step's draws done, 0 to 1; 0 for a step not counted in draws. */
    public double fraction() {
        long t = total;
        return t == 0 ? 0 : Math.min(1, (double) done.get() / t);
    }
}
