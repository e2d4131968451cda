package org.wteval.rules;

/** Inserted for each bid that no gate disqualified; scoring rules score only qualified bids. */
public record Qualified(String bidId) {
}
