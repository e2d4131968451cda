package org.wteval.rules;

/** Held for each bid that no gate disqualified; only qualified bids are scored and ranked. */
public record Qualified(String bidId) {
}
