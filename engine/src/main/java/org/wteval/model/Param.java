package org.wteval.model;

import java.util.Objects;

/**
 * One toolkit parameter after layering: its value with unit, the source it comes from, when it took effect and
 * whether it was checked against that source ({@code verified}) or not yet ({@code assumed}).
 *
 * @param key dotted path in the toolkit, e.g. {@code gates.bid.minAvailabilityHours}
 * @param value a {@link Double}, {@link String} or {@link Boolean}
 * @param layer the toolkit file that set it (e.g. {@code vn}), so a committee sees where an override came from
 * @param version the effective date of the dated version of that file that set it, or {@code null} when the file's
 *     common parameters did
 */
public record Param(String key, Object value, String unit, String source, String effective, String status,
                    String layer, String version) {

    public static final String VERIFIED = "verified";
    public static final String ASSUMED = "assumed";

    public Param {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value of " + key);
    }

    /** A parameter a file sets for all its versions (or a file without versions). */
    public Param(String key, Object value, String unit, String source, String effective, String status,
                 String layer) {
        this(key, value, unit, source, effective, status, layer, null);
    }

    /** The layer that set it and, for a dated version, the version: {@code id} or {@code id@2025-10-10}. */
    public String setBy() {
        return version == null ? layer : layer + "@" + version;
    }

    public boolean numeric() {
        return value instanceof Double;
    }

    /** The numeric value; a toolkit that gives text where a number is expected is rejected at load time. */
    public double number() {
        if (!(value instanceof Double d)) {
            throw new IllegalStateException("toolkit parameter " + key + " is not a number: " + value);
        }
        return d;
    }

    public String text() {
        return String.valueOf(value);
    }

    public boolean assumed() {
        return ASSUMED.equals(status);
    }

    /** The same parameter with a value converted into another unit (used for money in the evaluation currency). */
    public Param withValue(double converted, String convertedUnit, String note) {
        return new Param(key, converted, convertedUnit, source + "; " + note, effective, status, layer, version);
    }
}
