package org.wteval.optimise.award.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One lot, the planning entity: the solver decides which of the lot's options wins it, or none ({@code null}: the
 * lot is left unawarded). A lot the committee has already awarded is pinned and keeps its option.
 */
@PlanningEntity
public class LotAward {

    public static final String OPTIONS = "options";

    @PlanningId
    private String lot;
    private List<AwardOption> options;

    @PlanningVariable(valueRangeProviderRefs = OPTIONS, nullable = true)
    private AwardOption option;

    @PlanningPin
    private boolean fixed;

    /** For the solver's cloning only. */
    LotAward() {
    }

    /**
     * @param options every offer for the lot, eligible or not, in bid order
     * @param option the award, or {@code null} for the solver to decide
     * @param fixed whether the committee fixed {@code option}, so that the solver may not change it
     */
    public LotAward(String lot, List<AwardOption> options, AwardOption option, boolean fixed) {
        if (fixed && option == null) {
            throw new IllegalArgumentException("a fixed award names its option");
        }
        this.lot = lot;
        this.options = List.copyOf(options);
        this.option = option;
        this.fixed = fixed;
    }

    public String lot() {
        return lot;
    }

    @ValueRangeProvider(id = OPTIONS)
    public List<AwardOption> getOptions() {
        return options;
    }

    public AwardOption getOption() {
        return option;
    }

    public void setOption(AwardOption option) {
        this.option = option;
    }

    public boolean fixed() {
        return fixed;
    }

    public boolean awarded() {
        return option != null;
    }

    @Override
    public String toString() {
        return lot + " -> " + (option == null ? "none" : option.bidId());
    }
}
