package org.wteval.robust;

import java.util.List;

/**
 * The checked distribution of one uncertain variable, drawn as a transform of a standard normal {@code z} so that
 * correlated variables can share a Gaussian copula (Nelsen 2006, An Introduction to Copulas, 2nd ed., §3.1): the
 * value is {@code F⁻¹(Φ(z))} for the family's distribution function F, which has F's distribution for any standard
 * normal z. Normal and lognormal skip the round trip through Φ: {@code μ + σz} (clipped to optional bounds) and
 * {@code exp(ln m + sz)} (median m, log standard deviation s). Uniform and triangular use their closed-form inverse
 * distribution functions.
 *
 * <p>Φ is summed here from Marsaglia's series (2004, "Evaluating the normal distribution", J. Stat. Software 11(4)),
 * {@code Φ(z) = ½ + φ(z)(z + z³/3 + z⁵/(3·5) + …)}, absolute error below 2e-15, rather than taken from
 * commons-math's {@code Erf}, whose continued fraction allocates an object per call in the tails: this runs in the
 * draw loop.
 */
public final class Marginal {

    /** A family of distributions and the parameters it takes. */
    public enum Family {
        FIXED("fixed", List.of("value"), List.of()),
        NORMAL("normal", List.of("mean", "sd"), List.of("min", "max")),
        LOGNORMAL("lognormal", List.of("median", "logSd"), List.of()),
        UNIFORM("uniform", List.of("min", "max"), List.of()),
        TRIANGULAR("triangular", List.of("min", "mode", "max"), List.of());

        private final String key;
        private final List<String> required;
        private final List<String> optional;

        Family(String key, List<String> required, List<String> optional) {
            this.key = key;
            this.required = required;
            this.optional = optional;
        }

        /** Its name in an {@code uncertainty} block. */
        public String key() {
            return key;
        }

        /** The parameters a distribution of the family must give. */
        public List<String> required() {
            return required;
        }

        /** The parameters it may give besides. */
        public List<String> optional() {
            return optional;
        }

        /** The family named {@code key}, or {@code null}. */
        public static Family byKey(String key) {
            for (Family f : values()) {
                if (f.key.equals(key)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** ln √(2π): φ(z) = exp(−z²/2 − ln √(2π)). */
    private static final double LOG_SQRT_2PI = 0.9189385332046727418;
    /** Beyond this |z| Φ is 0 or 1 to double precision (Φ(−8.3) ≈ 5e−17) and the series needs many terms. */
    private static final double CDF_LIMIT = 8.3;

    private final Family family;
    private final double a;
    private final double b;
    private final double mode;
    private final double lo;
    private final double hi;

    private Marginal(Family family, double a, double b, double mode, double lo, double hi) {
        this.family = family;
        this.a = a;
        this.b = b;
        this.mode = mode;
        this.lo = lo;
        this.hi = hi;
    }

    public static Marginal fixed(double value) {
        return new Marginal(Family.FIXED, value, 0, 0, value, value);
    }

    /** Normal(mean, sd) with draws clipped to [lo, hi]; infinite bounds for none. */
    public static Marginal normal(double mean, double sd, double lo, double hi) {
        return new Marginal(Family.NORMAL, mean, sd, 0, lo, hi);
    }

    /** exp(Normal(ln median, logSd)). */
    public static Marginal lognormal(double median, double logSd) {
        return new Marginal(Family.LOGNORMAL, Math.log(median), logSd, 0, 0, Double.POSITIVE_INFINITY);
    }

    public static Marginal uniform(double min, double max) {
        return new Marginal(Family.UNIFORM, 0, 0, 0, min, max);
    }

    public static Marginal triangular(double min, double mode, double max) {
        return new Marginal(Family.TRIANGULAR, 0, 0, mode, min, max);
    }

    public Family family() {
        return family;
    }

    /** The value whose distribution is this one's when {@code z} is a standard normal. */
    public double fromNormal(double z) {
        return switch (family) {
            case FIXED -> a;
            case NORMAL -> Math.min(Math.max(a + b * z, lo), hi);
            case LOGNORMAL -> Math.exp(a + b * z);
            case UNIFORM -> lo + (hi - lo) * standardNormalCdf(z);
            case TRIANGULAR -> ScenarioSampler.triangular(lo, mode, hi, standardNormalCdf(z));
        };
    }

    /** Φ(z) by Marsaglia's series; exactly 0 or 1 beyond ±8.3. */
    static double standardNormalCdf(double z) {
        if (z <= -CDF_LIMIT) {
            return 0;
        }
        if (z >= CDF_LIMIT) {
            return 1;
        }
        double square = z * z;
        double term = z;
        double sum = z;
        double before = 0;
        // term n is z^(2n+1) / (1·3·5···(2n+1)); the sum stops changing once the terms fall below its last bit
        for (int odd = 3; sum != before; odd += 2) {
            before = sum;
            term *= square / odd;
            sum += term;
        }
        // Far in the lower tail ½ and the sum cancel: keep the rounding from leaving [0, 1].
        return Math.min(Math.max(0.5 + sum * Math.exp(-0.5 * square - LOG_SQRT_2PI), 0), 1);
    }
}
