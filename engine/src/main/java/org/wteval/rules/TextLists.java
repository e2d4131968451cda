package org.wteval.rules;

import java.util.Arrays;

/** Toolkit parameters that hold a comma-separated list (e.g. {@code ppp.modalitiesAllowed}), for rules to test. */
public final class TextLists {

    private TextLists() {
    }

    /** Whether {@code item} is one of the comma-separated entries of {@code list}, ignoring surrounding spaces. */
    public static boolean contains(String list, String item) {
        return Arrays.stream(list.split(",")).map(String::trim).anyMatch(item::equals);
    }
}
