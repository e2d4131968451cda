package org.wteval.optimise.portfolio.domain;

/** The Japanese public fund a project asks for money. */
public enum Programme {
    /** The JCM Model Project subsidy (MOEJ), screened on its cap, cost-effectiveness and payback. */
    JCM,
    /** The Japan Fund for the JCM at ADB, which pays the additional cost of advanced technology. */
    JFJCM
}
