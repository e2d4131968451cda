package org.wteval.optimise.award.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.wteval.optimise.award.domain.LotAward;
import org.wteval.optimise.award.domain.Objective;
import org.wteval.optimise.award.domain.Offer;
import org.wteval.optimise.award.domain.SupplierCap;

/**
 * One constraint per rule of a tender divided into lots. Hard: the supplier cap, package exclusivity and the
 * bidder's build capacity (OCDS lots extension: {@code lotDetails.maximumLotsAwardedPerSupplier}, {@code lotGroups}),
 * and eligibility; each hard penalty is the amount by which its rule is broken, so that an award breaking a rule by
 * less is nearer to feasible. Medium: each lot left unawarded. Soft: the toolkit's objective.
 */
public final class AwardConstraintProvider implements ConstraintProvider {

    public static final String SUPPLIER_CAP = "supplier cap";
    public static final String PACKAGE_EXCLUSIVITY = "package exclusivity";
    public static final String BIDDER_CAPACITY = "bidder capacity";
    public static final String ELIGIBILITY = "eligibility";
    public static final String UNAWARDED_LOT = "unawarded lot";
    public static final String OBJECTIVE = "objective";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {supplierCap(f), packageExclusivity(f), bidderCapacity(f), eligibility(f),
                unawardedLot(f), objective(f)};
    }

    /** No bidder wins more lots than the cap; the penalty is the lots over it. */
    Constraint supplierCap(ConstraintFactory f) {
        return f.forEach(LotAward.class)
                .groupBy(a -> a.getOption().bidder(), count())
                .join(SupplierCap.class, Joiners.filtering((bidder, won, cap) -> won > cap.maximumLots()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (bidder, won, cap) -> won - cap.maximumLots())
                .justifyWith((bidder, won, cap, score) -> new SupplierCapExceeded(bidder, won, cap.maximumLots()))
                .asConstraint(SUPPLIER_CAP);
    }

    /** A package bid wins every lot of its group or none; the penalty is the lots of the group it does not win. */
    Constraint packageExclusivity(ConstraintFactory f) {
        return f.forEach(LotAward.class).filter(a -> a.getOption().offer().isPackage())
                .groupBy(a -> a.getOption().offer(), count())
                .filter((offer, won) -> won < offer.lots().size())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (offer, won) -> offer.lots().size() - won)
                .justifyWith((offer, won, score) -> new PackageSplit(offer.bidId(), offer.lotGroup(), won,
                        offer.lots().size()))
                .asConstraint(PACKAGE_EXCLUSIVITY);
    }

    /**
     * The lots a bidder wins need no more plant than it can build; the penalty is the excess in whole tonnes per day,
     * rounded up.
     */
    Constraint bidderCapacity(ConstraintFactory f) {
        return f.forEach(LotAward.class).filter(a -> a.getOption().offer().capacityKgPerDay() != Offer.UNLIMITED)
                .groupBy(a -> a.getOption().bidder(), a -> a.getOption().offer().capacityKgPerDay(),
                        sumLong(a -> a.getOption().kgPerDay()))
                .filter((bidder, capacity, awarded) -> awarded > capacity)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (bidder, capacity, awarded) -> (awarded - capacity + 999) / 1000)
                .justifyWith((bidder, capacity, awarded, score) -> new CapacityExceeded(bidder, awarded / 1000.0,
                        capacity / 1000.0))
                .asConstraint(BIDDER_CAPACITY);
    }

    /** Only a qualified bid, not rejected by the committee and at the lot's minimum score or above, wins a lot. */
    Constraint eligibility(ConstraintFactory f) {
        return f.forEach(LotAward.class).filter(a -> !a.getOption().eligible())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((a, score) -> new IneligibleAward(a.lot(), a.getOption().bidId(),
                        a.getOption().ineligibility()))
                .asConstraint(ELIGIBILITY);
    }

    /** Every lot should be awarded; a lot left without one costs a medium point. */
    Constraint unawardedLot(ConstraintFactory f) {
        return f.forEachIncludingNullVars(LotAward.class).filter(a -> !a.awarded())
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .justifyWith((a, score) -> new LotUnawarded(a.lot()))
                .asConstraint(UNAWARDED_LOT);
    }

    /** The lowest total authority lifecycle cost, or the highest total score, over the awarded lots. */
    Constraint objective(ConstraintFactory f) {
        return f.forEach(LotAward.class)
                .join(Objective.class)
                .impactLong(HardMediumSoftLongScore.ONE_SOFT, (a, objective) -> a.getOption().softValue(objective))
                .justifyWith((a, objective, score) -> new ObjectiveContribution(a.lot(), a.getOption().bidId(),
                        a.getOption().softValue(objective)))
                .asConstraint(OBJECTIVE);
    }
}
