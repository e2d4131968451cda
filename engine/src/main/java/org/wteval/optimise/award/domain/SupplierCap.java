package org.wteval.optimise.award.domain;

/**
 * The most lots one bidder may win (OCDS lots extension, {@code lotDetails.maximumLotsAwardedPerSupplier}); a
 * package counts as the lots it covers.
 */
public record SupplierCap(int maximumLots) {

    public SupplierCap {
        if (maximumLots < 1) {
            throw new IllegalArgumentException("a supplier cap allows at least one lot");
        }
    }
}
