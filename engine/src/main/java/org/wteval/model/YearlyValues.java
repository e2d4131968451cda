package org.wteval.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A schedule's yearly values as an unmodifiable list held in a {@code double[]}: a list of boxed doubles cost about 24
 * bytes a year, and a large tender's explained figures hold millions of yearly values. Equal to any list of the same
 * values, as {@link List#equals} requires.
 */
final class YearlyValues extends AbstractList<Double> implements RandomAccess {

    private static final YearlyValues NONE = new YearlyValues(new double[0]);

    private final double[] values;

    private YearlyValues(double[] values) {
        this.values = values;
    }

    /** A copy of {@code values}. */
    static List<Double> of(double[] values) {
        return values.length == 0 ? NONE : new YearlyValues(values.clone());
    }

    /** {@code values} itself if already held this way, otherwise a copy; nulls are refused as {@link List#copyOf}. */
    static List<Double> copyOf(List<Double> values) {
        if (values instanceof YearlyValues) {
            return values;
        }
        double[] copy = new double[values.size()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = values.get(i);
        }
        return copy.length == 0 ? NONE : new YearlyValues(copy);
    }

    @Override
    public Double get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
