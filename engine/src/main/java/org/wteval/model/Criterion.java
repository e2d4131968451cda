package org.wteval.model;

/** The three things every bid is scored on. {@link #key()} is the name used in toolkits, tenders and reports. */
public enum Criterion {
    EFFICIENCY("efficiency"),
    STABILITY("stability"),
    LIFECYCLE("lifecycle");

    private final String key;

    Criterion(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
