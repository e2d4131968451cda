package org.wteval.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis from a data range to pixels, with round tick values (1, 2 or 5 times a power of ten) so that a
 * reader can read values off the chart.
 */
final class Axis {

    final double min;
    final double max;
    final double step;
    private final double from;
    private final double to;

    /** An axis covering [lo, hi] with about {@code ticks} ticks, mapped onto pixels {@code from} to {@code to}. */
    Axis(double lo, double hi, int ticks, double from, double to) {
        if (hi <= lo) {
            hi = lo + 1;
        }
        double raw = (hi - lo) / ticks;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double unit = raw / power <= 1 ? 1 : raw / power <= 2 ? 2 : raw / power <= 5 ? 5 : 10;
        this.step = unit * power;
        this.min = Math.floor(lo / step) * step;
        this.max = Math.ceil(hi / step) * step;
        this.from = from;
        this.to = to;
    }

    /** The pixel of {@code value}, clamped to the axis. */
    double at(double value) {
        double v = Math.max(min, Math.min(max, value));
        return from + (v - min) / (max - min) * (to - from);
    }

    List<Double> ticks() {
        List<Double> out = new ArrayList<>();
        long n = Math.round((max - min) / step);
        for (long i = 0; i <= n; i++) {
            out.add(min + i * step);
        }
        return out;
    }

    /** A tick's label with as many decimals as the step needs. */
    String label(double tick) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return Num.fixed(tick, decimals);
    }
}
