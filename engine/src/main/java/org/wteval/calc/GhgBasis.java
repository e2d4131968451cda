package org.wteval.calc;

/**
 * Which rulebook a GHG account follows. Both run the same arithmetic ({@link GhgKernel}, {@link GhgFlows}) on
 * their own parameters; the basis names the figures and says in each explanation whose defaults were used, so one
 * bid can carry both accounts side by side.
 */
public enum GhgBasis {

    /** CDM style: TOOL04 with the {@code ghg.*} defaults, averaged over {@code ghg.creditingPeriodYears}. */
    CDM("", "first-order decay of CDM TOOL04", "creditingPeriodYears", ""),

    /**
     * JCM basis: the same first-order-decay form with the {@code jcm.ghg.*} defaults and the JCM grid factor,
     * averaged over the bid's legal durable years ({@link JcmGhgAccount}).
     */
    JCM("jcm", "first-order decay in the CDM TOOL04 form, with the jcm.ghg.* defaults,", "jcm.legalDurableYears",
            "; the JCM basis averages over the bid's legal durable years because JCM screening multiplies this "
                    + "figure by those same years (cost-effectiveness = subsidy / (annual reductions × legal "
                    + "durable years)), so the subsidy is divided by the reductions of exactly the years it pays for");

    private final String prefix;
    private final String methaneModel;
    private final String periodName;
    private final String averagingNote;

    GhgBasis(String prefix, String methaneModel, String periodName, String averagingNote) {
        this.prefix = prefix;
        this.methaneModel = methaneModel;
        this.periodName = periodName;
        this.averagingNote = averagingNote;
    }

    /** The figure name on this basis: {@code annualEmissionReductions} or {@code jcmAnnualEmissionReductions}. */
    public String name(String figure) {
        return prefix.isEmpty() ? figure : prefix + Character.toUpperCase(figure.charAt(0)) + figure.substring(1);
    }

    /** How the account models landfill methane, for the explanation. */
    String methaneModel() {
        return methaneModel;
    }

    /** The period the yearly average is taken over, as the explanation names it. */
    String periodName() {
        return periodName;
    }

    /** Why the average is taken over that period, where it needs saying. */
    String averagingNote() {
        return averagingNote;
    }
}
