package org.wteval.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The report's one number format: {@link Locale#ROOT}, so that the same evaluation gives the same bytes whatever
 * the machine's language, and a minus sign where a value is negative (never {@code -0}).
 */
public final class Num {

    private Num() {
    }

    /** {@code value} with {@code decimals} digits after the point, e.g. {@code 76.38}. */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "–" : value > 0 ? "∞" : "−∞";
        }
        String s = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    /** Money and tonnes with thousands separators, e.g. {@code 1,234,567}. */
    public static String grouped(double value) {
        if (!Double.isFinite(value)) {
            return fixed(value, 0);
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        String s = f.format(value);
        return s.equals("-0") ? "0" : s;
    }

    /** A share as a percentage, e.g. {@code 92.9%}. */
    public static String percent(double share, int decimals) {
        return fixed(100 * share, decimals) + "%";
    }

    /** An SVG coordinate: one decimal is a tenth of a pixel, fine enough and short. */
    static String px(double value) {
        return fixed(value, 1);
    }
}
