package org.wteval.model;

/**
 * Names where each field of an in-memory case came from, so that a problem found or a figure explained after
 * reading still points at the user's own file and field (or cell). Each reader supplies its own.
 */
public interface SourceMap {

    /** The location of field {@code fieldPath} (a dotted path, e.g. {@code waste.tonnesPerDay}) of the tender. */
    SourceLocation tender(String fieldPath);

    /** The location of field {@code fieldPath} of the bid at {@code index} in the case's list of bids. */
    SourceLocation bid(int index, String fieldPath);

    /** The location of field {@code fieldPath} of the committee's decisions. */
    SourceLocation committee(String fieldPath);

    /** The location of field {@code fieldPath} of the score sheet at {@code index} in the committee's list. */
    SourceLocation scoreSheet(int index, String fieldPath);

    /**
     * For a case built in memory: the tender is {@code tender}, bid {@code i} is {@code bids[i]}, and a field is
     * named by its path.
     */
    static SourceMap inMemory() {
        return new SourceMap() {
            @Override
            public SourceLocation tender(String fieldPath) {
                return new SourceLocation("tender", fieldPath);
            }

            @Override
            public SourceLocation bid(int index, String fieldPath) {
                return new SourceLocation("bids[" + index + "]", fieldPath);
            }

            @Override
            public SourceLocation committee(String fieldPath) {
                return new SourceLocation("committee", fieldPath);
            }

            @Override
            public SourceLocation scoreSheet(int index, String fieldPath) {
                return new SourceLocation("scoreSheets[" + index + "]", fieldPath);
            }
        };
    }
}
