package org.wteval.optimise.portfolio.domain;

import java.util.List;

/**
 * What a funder knows about one candidate project before deciding: the request, what it buys, and the screening it
 * failed. Money is in whole units of the portfolio's currency.
 *
 * @param plant the physical plant the request finances; two requests for one plant from different programmes stack
 * @param japaneseShareBasisPoints the share of the project's technology that is Japanese, in 1/10,000
 * @param score the reviewers' score in points, or {@code null} when the objective is tCO2
 * @param screeningFailures the screening tests the project fails; a project with any may not be funded
 * @param source where the figures came from: a summary or a case folder's chosen bid
 */
public record Candidate(String id, String name, String plant, Programme programme, String country, String technology,
                        long grant, int japaneseShareBasisPoints, double tco2PerYear, int creditingYears, Double score,
                        List<ScreeningFailure> screeningFailures, String source) {

    public Candidate {
        screeningFailures = List.copyOf(screeningFailures);
    }

    public boolean eligible() {
        return screeningFailures.isEmpty();
    }

    /** Emission reductions over the crediting period, tCO2. */
    public double tco2OverCrediting() {
        return tco2PerYear * creditingYears;
    }
}
