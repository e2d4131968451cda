package org.wteval.optimise.portfolio.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A candidate project, the planning entity: the solver decides whether it is {@link #funded()}. Its value in the
 * objective's units is fixed when it is made.
 */
@PlanningEntity
public class Project {

    @PlanningId
    private String id;
    private Candidate candidate;
    private long value;

    @PlanningVariable(valueRangeProviderRefs = Portfolio.FUNDED_RANGE)
    private Boolean funded;

    /** For the solver's cloning only. */
    Project() {
    }

    public Project(Candidate candidate, Objective objective) {
        this(candidate, objective.valueOf(candidate), null);
    }

    /** A project with its value given, and {@code funded} decided ({@code null} for the solver to decide). */
    public Project(Candidate candidate, long value, Boolean funded) {
        this.id = candidate.id();
        this.candidate = candidate;
        this.value = value;
        this.funded = funded;
    }

    public String id() {
        return id;
    }

    public Candidate candidate() {
        return candidate;
    }

    /** The project's contribution to the objective, in its whole units. */
    public long value() {
        return value;
    }

    public long grant() {
        return candidate.grant();
    }

    public String country() {
        return candidate.country();
    }

    public String plant() {
        return candidate.plant();
    }

    public boolean funded() {
        return Boolean.TRUE.equals(funded);
    }

    public Boolean getFunded() {
        return funded;
    }

    public void setFunded(Boolean funded) {
        this.funded = funded;
    }

    @Override
    public String toString() {
        return id + (funded == null ? "" : funded ? " funded" : " left out");
    }
}
