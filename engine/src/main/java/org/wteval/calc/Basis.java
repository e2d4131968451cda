package org.wteval.calc;

/** Whether money is in the prices of each year (nominal) or in base-year prices (real). Never mix the two. */
public enum Basis {
    NOMINAL,
    REAL
}
