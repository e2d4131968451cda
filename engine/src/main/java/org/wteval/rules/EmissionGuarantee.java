package org.wteval.rules;

/** A bid's guaranteed stack concentration for one pollutant. */
public record EmissionGuarantee(String bidId, String pollutant, double value) {
}
