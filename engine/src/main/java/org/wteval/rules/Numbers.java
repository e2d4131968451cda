package org.wteval.rules;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formats numbers in messages with four significant digits, the same on every machine. */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
