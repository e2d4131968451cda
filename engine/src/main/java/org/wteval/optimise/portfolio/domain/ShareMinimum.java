package org.wteval.optimise.portfolio.domain;

/**
 * A programme's minimum share of the funded grants: either grants weighted by each project's Japanese technology
 * share ({@code technology == null}), or grants to projects of one technology. Shares are whole basis points
 * (1/10,000) so that the test is exact: {@code Σ qualifying ≥ minimum × Σ grants}.
 *
 * @param technology the technology counted, exactly as projects name it, or {@code null} for the Japanese share
 */
public record ShareMinimum(String label, String technology, int minimumBasisPoints) {

    public static final int WHOLE = 10_000;

    public static ShareMinimum japaneseTechnology(int minimumBasisPoints) {
        return new ShareMinimum("Japanese technology share", null, minimumBasisPoints);
    }

    public static ShareMinimum technology(String technology, int minimumBasisPoints) {
        return new ShareMinimum("share of " + technology, technology, minimumBasisPoints);
    }

    /** The project's grant that counts towards this share, in currency units × basis points. */
    public long qualifying(Project p) {
        Candidate c = p.candidate();
        long share = technology == null ? c.japaneseShareBasisPoints() : technology.equals(c.technology()) ? WHOLE : 0;
        return c.grant() * share;
    }

    /** The grant missing from the share, whole currency units rounded up; 0 when the minimum is met. */
    public long shortfall(long grants, long qualifying) {
        long missing = minimumBasisPoints * grants - qualifying;
        return missing <= 0 ? 0 : (missing + WHOLE - 1) / WHOLE;
    }
}
