package org.wteval.rules;

/** One reference plant a bid cites as evidence of stable operation. */
public record ReferencePlantFact(String bidId, String name, double yearsOperating, double averageLhv) {
}
