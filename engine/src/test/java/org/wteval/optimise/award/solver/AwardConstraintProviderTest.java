package org.wteval.optimise.award.solver;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.domain.LotAward;
import org.wteval.optimise.award.domain.Offer;
import org.wteval.optimise.award.domain.SupplierCap;

/**
 * Each hard and medium constraint on the smallest award that breaks it, and on one that does not; the penalties by
 * hand. The objective is an impact constraint, which this verifier cannot assert on; AwardAgainstBruteForceTest checks
 * its soft score against the costs and scores summed afresh.
 */
class AwardConstraintProviderTest {

    private final ConstraintVerifier<AwardConstraintProvider, AwardPlan> verifier = ConstraintVerifier.build(
            new AwardConstraintProvider(), AwardPlan.class, LotAward.class);

    /** Bidder S1's lot bid for L1 and L2 (300 t/d each), capacity 500 t/d. */
    private static final Offer S1 = new Offer("B1", "S1", null, List.of("L1", "L2"), 500_000);
    /** Bidder S2's package bid for group G1 = L1, L2. */
    private static final Offer PACKAGE = new Offer("P2", "S2", "G1", List.of("L1", "L2"), Offer.UNLIMITED);

    private static AwardOption option(Offer offer, String lot, long cost, List<String> ineligibility) {
        return new AwardOption(offer, lot, 300, cost, 80_000, ineligibility);
    }

    private static LotAward awarded(AwardOption o) {
        return new LotAward(o.lot(), List.of(o), o, false);
    }

    @Test
    void supplierCapPenalisesEachLotOverTheCap() {
        // S1 wins 2 lots under a cap of 1: 2 - 1 = 1
        verifier.verifyThat(AwardConstraintProvider::supplierCap)
                .given(new SupplierCap(1), awarded(option(S1, "L1", 10, List.of())),
                        awarded(option(S1, "L2", 10, List.of())))
                .penalizesBy(1);
    }

    @Test
    void supplierCapDoesNotPenaliseWithinTheCap() {
        verifier.verifyThat(AwardConstraintProvider::supplierCap)
                .given(new SupplierCap(2), awarded(option(S1, "L1", 10, List.of())),
                        awarded(option(S1, "L2", 10, List.of())))
                .penalizesBy(0);
    }

    @Test
    void packageExclusivityPenalisesTheLotsASplitPackageMisses() {
        // the package wins L1 but not L2: 2 - 1 = 1
        verifier.verifyThat(AwardConstraintProvider::packageExclusivity)
                .given(awarded(option(PACKAGE, "L1", 10, List.of())), awarded(option(S1, "L2", 10, List.of())))
                .penalizesBy(1);
    }

    @Test
    void packageExclusivityDoesNotPenaliseAWholePackage() {
        verifier.verifyThat(AwardConstraintProvider::packageExclusivity)
                .given(awarded(option(PACKAGE, "L1", 10, List.of())), awarded(option(PACKAGE, "L2", 10, List.of())))
                .penalizesBy(0);
    }

    @Test
    void bidderCapacityPenalisesTheTonnesOverCapacity() {
        // 300 + 300 = 600 t/d against 500 t/d: 100
        verifier.verifyThat(AwardConstraintProvider::bidderCapacity)
                .given(awarded(option(S1, "L1", 10, List.of())), awarded(option(S1, "L2", 10, List.of())))
                .penalizesBy(100);
    }

    @Test
    void bidderCapacityDoesNotPenaliseWithinCapacity() {
        verifier.verifyThat(AwardConstraintProvider::bidderCapacity)
                .given(awarded(option(S1, "L1", 10, List.of())), new LotAward("L2", List.of(), null, false))
                .penalizesBy(0);
    }

    @Test
    void eligibilityPenalisesEachIneligibleAward() {
        verifier.verifyThat(AwardConstraintProvider::eligibility)
                .given(awarded(option(S1, "L1", 10, List.of("rejected by the committee"))),
                        awarded(option(S1, "L2", 10, List.of())))
                .penalizesBy(1);
    }

    @Test
    void eligibilityDoesNotPenaliseEligibleAwards() {
        verifier.verifyThat(AwardConstraintProvider::eligibility)
                .given(awarded(option(S1, "L1", 10, List.of())))
                .penalizesBy(0);
    }

    @Test
    void unawardedLotPenalisesEachOpenLot() {
        verifier.verifyThat(AwardConstraintProvider::unawardedLot)
                .given(new LotAward("L1", List.of(), null, false), new LotAward("L2", List.of(), null, false),
                        awarded(option(S1, "L3", 10, List.of())))
                .penalizesBy(2);
    }

    @Test
    void unawardedLotDoesNotPenaliseAwardedLots() {
        verifier.verifyThat(AwardConstraintProvider::unawardedLot)
                .given(awarded(option(S1, "L1", 10, List.of())))
                .penalizesBy(0);
    }
}
