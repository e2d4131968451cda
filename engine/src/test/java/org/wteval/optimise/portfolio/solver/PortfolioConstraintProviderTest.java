package org.wteval.optimise.portfolio.solver;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.wteval.optimise.portfolio.domain.Budget;
import org.wteval.optimise.portfolio.domain.Candidate;
import org.wteval.optimise.portfolio.domain.CountryCap;
import org.wteval.optimise.portfolio.domain.Portfolio;
import org.wteval.optimise.portfolio.domain.Programme;
import org.wteval.optimise.portfolio.domain.Project;
import org.wteval.optimise.portfolio.domain.ScreeningFailure;
import org.wteval.optimise.portfolio.domain.ShareMinimum;
import org.wteval.optimise.portfolio.domain.StackingPolicy;

/** Each constraint with a portfolio that breaks it, penalised by the amount worked out by hand, and one that keeps it. */
class PortfolioConstraintProviderTest {

    private final ConstraintVerifier<PortfolioConstraintProvider, Portfolio> verifier =
            ConstraintVerifier.build(new PortfolioConstraintProvider(), Portfolio.class, Project.class);

    private static final ScreeningFailure CAP = new ScreeningFailure("JCM-SUBSIDY-CAP",
            "JCM subsidy share of the initial investment exceeds the tier cap", 0.52, 0.5, "fraction");

    private static Project project(String id, String plant, Programme programme, String country, String technology,
                                   long grant, int japaneseBasisPoints, long value, boolean funded,
                                   ScreeningFailure... failures) {
        return new Project(new Candidate(id, id, plant, programme, country, technology, grant, japaneseBasisPoints,
                value, 1, null, List.of(failures), "summary"), value, funded);
    }

    private static Project funded(String id, String country, long grant) {
        return project(id, id, Programme.JCM, country, "grate", grant, 0, 100, true);
    }

    @Test
    @DisplayName("budget: 6,000 + 5,000 funded against 10,000 is penalised by the 1,000 over")
    void budgetPenalises() {
        verifier.verifyThat(PortfolioConstraintProvider::budget)
                .given(new Budget(10_000, "USD"), funded("A", "vn", 6_000), funded("B", "mv", 5_000))
                .penalizesBy(1_000);
    }

    @Test
    @DisplayName("budget: 6,000 + 4,000 funded, and 3,000 left out, fit 10,000 exactly")
    void budgetDoesNotPenalise() {
        Project out = project("C", "C", Programme.JCM, "mm", "grate", 3_000, 0, 100, false);
        verifier.verifyThat(PortfolioConstraintProvider::budget)
                .given(new Budget(10_000, "USD"), funded("A", "vn", 6_000), funded("B", "mv", 4_000), out)
                .penalizesBy(0);
    }

    @Test
    @DisplayName("country cap: Viet Nam's 3,000 + 2,500 against a cap of 5,000 is penalised by 500; Maldives has none")
    void countryCapPenalises() {
        verifier.verifyThat(PortfolioConstraintProvider::countryCap)
                .given(new CountryCap("vn", 5_000), funded("A", "vn", 3_000), funded("B", "vn", 2_500),
                        funded("C", "mv", 9_000))
                .penalizesBy(500);
    }

    @Test
    @DisplayName("country cap: Viet Nam's 5,000 meets its cap of 5,000")
    void countryCapDoesNotPenalise() {
        verifier.verifyThat(PortfolioConstraintProvider::countryCap)
                .given(new CountryCap("vn", 5_000), funded("A", "vn", 3_000), funded("B", "vn", 2_000))
                .penalizesBy(0);
    }

    @Test
    @DisplayName("share minimum: Japanese share (4,000 × 90% + 6,000 × 20%) / 10,000 = 48% against 50% misses by 200")
    void shareMinimumPenalises() {
        // qualifying 3,600 + 1,200 = 4,800; the minimum wants 0.5 × 10,000 = 5,000: short by 200
        verifier.verifyThat(PortfolioConstraintProvider::shareMinimum)
                .given(ShareMinimum.japaneseTechnology(5_000),
                        project("A", "A", Programme.JCM, "vn", "grate", 4_000, 9_000, 1, true),
                        project("B", "B", Programme.JCM, "mv", "grate", 6_000, 2_000, 1, true))
                .penalizesBy(200);
    }

    @Test
    @DisplayName("share minimum: grate projects 7,000 of 10,000 funded meet a 70% grate minimum exactly")
    void shareMinimumDoesNotPenalise() {
        verifier.verifyThat(PortfolioConstraintProvider::shareMinimum)
                .given(ShareMinimum.technology("grate", 7_000),
                        project("A", "A", Programme.JCM, "vn", "grate", 7_000, 0, 1, true),
                        project("B", "B", Programme.JCM, "mv", "fluidised bed", 3_000, 0, 1, true))
                .penalizesBy(0);
    }

    @Test
    @DisplayName("screening: a funded project over the JCM subsidy cap is penalised by its grant, 4,000")
    void screeningPenalises() {
        verifier.verifyThat(PortfolioConstraintProvider::screening)
                .given(project("A", "A", Programme.JCM, "vn", "grate", 4_000, 0, 1, true, CAP), funded("B", "vn", 1))
                .penalizesBy(4_000);
    }

    @Test
    @DisplayName("screening: the same project left out is not penalised")
    void screeningDoesNotPenalise() {
        verifier.verifyThat(PortfolioConstraintProvider::screening)
                .given(project("A", "A", Programme.JCM, "vn", "grate", 4_000, 0, 1, false, CAP))
                .penalizesBy(0);
    }

    @Test
    @DisplayName("stacking: JCM 4,000 and JFJCM 2,500 for one plant are penalised by the smaller grant, 2,500")
    void stackingPenalises() {
        verifier.verifyThat(PortfolioConstraintProvider::stacking)
                .given(new StackingPolicy(false),
                        project("A-JCM", "A", Programme.JCM, "vn", "grate", 4_000, 0, 1, true),
                        project("A-JFJCM", "A", Programme.JFJCM, "vn", "grate", 2_500, 0, 1, true))
                .penalizesBy(2_500);
    }

    @Test
    @DisplayName("stacking: not penalised when both funders agreed, nor for two plants")
    void stackingDoesNotPenalise() {
        verifier.verifyThat(PortfolioConstraintProvider::stacking)
                .given(new StackingPolicy(true),
                        project("A-JCM", "A", Programme.JCM, "vn", "grate", 4_000, 0, 1, true),
                        project("A-JFJCM", "A", Programme.JFJCM, "vn", "grate", 2_500, 0, 1, true))
                .penalizesBy(0);
        verifier.verifyThat(PortfolioConstraintProvider::stacking)
                .given(new StackingPolicy(false),
                        project("A-JCM", "A", Programme.JCM, "vn", "grate", 4_000, 0, 1, true),
                        project("B-JFJCM", "B", Programme.JFJCM, "vn", "grate", 2_500, 0, 1, true))
                .penalizesBy(0);
    }

    @Test
    @DisplayName("objective: two funded projects of 120,000 and 45,000 tCO2 reward 165,000; the left-out one nothing")
    void objectiveRewards() {
        verifier.verifyThat(PortfolioConstraintProvider::objective)
                .given(project("A", "A", Programme.JCM, "vn", "grate", 1, 0, 120_000, true),
                        project("B", "B", Programme.JCM, "vn", "grate", 1, 0, 45_000, true),
                        project("C", "C", Programme.JCM, "vn", "grate", 1, 0, 99_000, false))
                .rewardsWith(165_000);
    }

    @Test
    @DisplayName("objective: nothing funded rewards nothing")
    void objectiveDoesNotReward() {
        verifier.verifyThat(PortfolioConstraintProvider::objective)
                .given(project("C", "C", Programme.JCM, "vn", "grate", 1, 0, 99_000, false))
                .rewardsWith(0);
    }
}
