package org.wteval.model;

import java.util.List;

/**
 * A trust-fund portfolio file ({@code wte portfolio FILE}): the candidate projects (summaries of their requests or
 * case folders' chosen bids), the year's budget and the programme's limits and screening thresholds. Money is in
 * whole units of {@link #currency}.
 *
 * @param objective {@code tco2} or {@code score}
 * @param stackingAgreed {@code null} when absent: not agreed
 * @param japaneseTechnologyMinimum a fraction, or {@code null} when the programme sets none
 */
public record PortfolioFile(String title, String currency, long budget, String objective, Boolean stackingAgreed,
                            Screening screening, List<CountryCap> countryCaps, Double japaneseTechnologyMinimum,
                            List<TechnologyMinimum> technologyMinimums, List<Project> projects) {

    public PortfolioFile {
        countryCaps = countryCaps == null ? List.of() : List.copyOf(countryCaps);
        technologyMinimums = technologyMinimums == null ? List.of() : List.copyOf(technologyMinimums);
        projects = List.copyOf(projects);
    }

    /**
     * The programme's screening thresholds.
     *
     * @param jfjcmMaxGrant the most one JFJCM grant may be, or {@code null} for no limit
     */
    public record Screening(double yenPerCurrencyUnit, SubsidyCap subsidyCap, double costEffectivenessMaxJpyPerTco2,
                            double minPaybackYears, Long jfjcmMaxGrant) {
    }

    /** The JCM Model Project subsidy cap, a fraction of the initial investment, by similar projects in the country. */
    public record SubsidyCap(double noSimilarProjects, double oneToThreeSimilarProjects,
                             double fourOrMoreSimilarProjects) {
    }

    public record CountryCap(String country, long limit) {
    }

    public record TechnologyMinimum(String technology, double minimum) {
    }

    /**
     * One candidate project: a summary of its request, or a case folder's chosen bid ({@code caseFolder} and
     * {@code bid} set, and the request's figures, country, technology and name {@code null}, taken from the case).
     *
     * @param programme {@code JCM} or {@code JFJCM}
     * @param score the reviewers' score, or {@code null}
     * @param jcm the JCM screening inputs of a summary JCM request, else {@code null}
     * @param caseFolder a case folder relative to the portfolio file, or {@code null} for a summary
     */
    public record Project(String id, String name, String plant, String programme, String country, String technology,
                          Long grantRequested, double japaneseTechnologyShare, Double tco2PerYear, int creditingYears,
                          Double score, JcmTerms jcm, String caseFolder, String bid, String source) {
    }

    /**
     * @param paybackYears the payback without the subsidy, or {@code null} when it never pays back
     */
    public record JcmTerms(long initialInvestment, int similarWteProjects, int legalDurableYears,
                           Double paybackYears) {
    }
}
