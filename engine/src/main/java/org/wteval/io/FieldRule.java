package org.wteval.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one input cell of the bid form accepts, read from the bid schema: text (with its pattern or least length), a
 * number or a whole number within the schema's bounds, or one value of a list (an {@code enum}, a list the tender
 * gives, or yes/no for a flag). The form writes it as the cell's data validation and the workbook reader checks
 * every cell against it again, since pasting into a cell bypasses or removes its validation.
 *
 * @param list the name of the list on the form's hidden sheet, for {@link Kind#CHOICE} and {@link Kind#YES_NO}
 * @param choices the values of that list
 * @param pattern the schema's regular expression for text, or {@code null}
 */
public record FieldRule(Kind kind, Double minimum, boolean minimumExclusive, Double maximum, boolean maximumExclusive,
                        String list, List<String> choices, String pattern, int minLength) {

    /** How a cell's value is read. */
    public enum Kind {
        TEXT, NUMBER, WHOLE, CHOICE, YES_NO
    }

    public FieldRule {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    static FieldRule text(String pattern, int minLength) {
        return new FieldRule(Kind.TEXT, null, false, null, false, null, null, pattern, minLength);
    }

    static FieldRule number(Kind kind, Double minimum, boolean minimumExclusive, Double maximum,
                            boolean maximumExclusive) {
        return new FieldRule(kind, minimum, minimumExclusive, maximum, maximumExclusive, null, null, null, 0);
    }

    static FieldRule choice(Kind kind, String list, List<String> choices, String pattern) {
        return new FieldRule(kind, null, false, null, false, list, choices, pattern, 0);
    }

    /** Whether {@code text} matches the schema's pattern, if it has one (JSON Schema patterns are not anchored). */
    public boolean matches(String text) {
        return pattern == null || Pattern.compile(pattern).matcher(text).find();
    }

    /** Whether {@code v} lies within the bounds. */
    public boolean admits(double v) {
        return (minimum == null || (minimumExclusive ? v > minimum : v >= minimum))
                && (maximum == null || (maximumExclusive ? v < maximum : v <= maximum));
    }

    /** What the cell takes, in words: {@code a number above 0 and at most 50}, {@code one of the list fuel}. */
    public String describe() {
        return switch (kind) {
            case TEXT -> pattern != null ? "text of the form " + pattern : "text";
            case CHOICE, YES_NO -> "one of: " + String.join(", ", choices);
            case NUMBER, WHOLE -> (kind == Kind.WHOLE ? "a whole number" : "a number") + bounds();
        };
    }

    private String bounds() {
        String low = minimum == null ? null : (minimumExclusive ? "above " : "at least ") + plain(minimum);
        String high = maximum == null ? null : (maximumExclusive ? "below " : "at most ") + plain(maximum);
        if (low != null && high != null) {
            return " " + low + " and " + high;
        }
        return low != null ? " " + low : high != null ? " " + high : "";
    }

    /** A bound as a spreadsheet formula and a reader write it: {@code 0}, {@code 0.6}, {@code 8760}, {@code -0.2}. */
    static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
