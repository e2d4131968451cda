package org.wteval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A schedule held in a double[] behaves as the list of boxed doubles it replaces. */
class YearlyValuesTest {

    @Test
    void equalToTheBoxedListWithItsHashCode() {
        double[] values = {0.0, 1.5, -2.25, 1e300};
        List<Double> held = YearlyValues.of(values);
        List<Double> boxed = List.of(0.0, 1.5, -2.25, 1e300);
        assertEquals(boxed, held);
        assertEquals(held, boxed);
        assertEquals(boxed.hashCode(), held.hashCode());
        values[1] = 99;
        assertEquals(1.5, held.get(1), "a copy, not a view of the caller's array");
    }

    @Test
    void unmodifiableAndCopiedOnlyOnce() {
        List<Double> held = YearlyValues.of(new double[] {1, 2});
        assertThrows(UnsupportedOperationException.class, () -> held.set(0, 3.0));
        assertThrows(UnsupportedOperationException.class, () -> held.add(3.0));
        assertSame(held, YearlyValues.copyOf(held));
        assertThrows(NullPointerException.class, () -> YearlyValues.copyOf(java.util.Arrays.asList(1.0, null)));
    }

    @Test
    void aFigureKeepsItsScheduleEqualWhicheverWayItWasGiven() {
        Figure a = Figure.schedule("x", 3, "t", "sum", 2027, new double[] {1, 2});
        Figure b = new Figure("x", 3, "t", "sum", a.origin(), List.of(), 2027, List.of(1.0, 2.0));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }
}
