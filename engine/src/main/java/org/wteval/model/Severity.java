package org.wteval.model;

/** How much a finding weighs in the award decision. */
public enum Severity {
    /** A mandatory requirement failed: the bid is not ranked. */
    DISQUALIFY,
    /** The committee must seek clarification or take note before award (e.g. an abnormally low price). */
    WARNING,
    /** Recorded for the file; changes nothing. */
    INFO
}
