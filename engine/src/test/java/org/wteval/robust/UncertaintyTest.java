package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wteval.robust.UncertaintyBlocks.block;
import static org.wteval.robust.UncertaintyBlocks.correlation;
import static org.wteval.robust.UncertaintyBlocks.fixed;
import static org.wteval.robust.UncertaintyBlocks.lognormal;
import static org.wteval.robust.UncertaintyBlocks.normal;
import static org.wteval.robust.UncertaintyBlocks.triangular;
import static org.wteval.robust.UncertaintyBlocks.uniform;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.model.Distribution;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.model.SourceMap;
import org.wteval.model.UncertainVariable;
import org.wteval.model.UncertaintyBlock;

/**
 * The checks on an uncertainty block: one test per class of problem, each naming its file and field, and one with
 * several problems reported together. In memory the tender's file is {@code tender}.
 */
class UncertaintyTest {

    private static final UncertainVariable INFLATION = UncertainVariable.INFLATION_SHIFT;
    private static final UncertainVariable RATE = UncertainVariable.DISCOUNT_RATE_REAL_SHIFT;
    private static final UncertainVariable GROWTH = UncertainVariable.TONNAGE_GROWTH_SHIFT;
    private static final UncertainVariable CAPEX = UncertainVariable.CAPEX_OVERRUN;

    private static List<String> problems(UncertaintyBlock tender) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Uncertainty.of(List.of(), tender, SourceMap.inMemory()));
        return e.problems().stream().map(InputProblem::toString).toList();
    }

    private static List<String> problems(UncertainVariable v, Distribution d) {
        return problems(block(Map.of(v, d), null));
    }

    private static Distribution with(String family, Double value, Double mean, Double sd, Double median,
                                     Double logSd, Double min, Double mode, Double max) {
        return new Distribution(family, value, mean, sd, median, logSd, min, mode, max, "test", null, null);
    }

    @Test
    @DisplayName("a negative standard deviation: normal sd, lognormal logSd")
    void negativeSd() {
        assertEquals(List.of("tender: uncertainty.inflationShift.sd: must not be negative, not -0.01"),
                problems(INFLATION, normal(0, -0.01)));
        assertEquals(List.of("tender: uncertainty.capexOverrun.logSd: must not be negative, not -0.2"),
                problems(CAPEX, lognormal(1.1, -0.2)));
    }

    @Test
    @DisplayName("min above max: uniform, triangular, and the clip bounds of a normal")
    void minAboveMax() {
        assertEquals(List.of("tender: uncertainty.tonnageGrowthShift.min: must not exceed max (0.02 > -0.01)"),
                problems(GROWTH, uniform(0.02, -0.01)));
        assertEquals(List.of("tender: uncertainty.tonnageGrowthShift.min: must not exceed max (0.03 > 0.01)"),
                problems(GROWTH, normal(0, 0.01, 0.03, 0.01)));
    }

    @Test
    @DisplayName("a triangular mode outside [min, max]")
    void modeOutside() {
        assertEquals(List.of("tender: uncertainty.discountRateRealShift.mode: must lie between min and max "
                + "[-0.01, 0.02], not 0.03"), problems(RATE, triangular(-0.01, 0.03, 0.02)));
    }

    @Test
    @DisplayName("an unknown or missing family")
    void unknownFamily() {
        assertEquals(List.of("tender: uncertainty.inflationShift.family: unknown family 'gamma': one of fixed, "
                + "normal, lognormal, uniform, triangular"),
                problems(INFLATION, with("gamma", null, 0.0, 0.01, null, null, null, null, null)));
        assertEquals(List.of("tender: uncertainty.inflationShift.family: missing: one of fixed, normal, lognormal, "
                + "uniform, triangular"), problems(INFLATION, with(null, null, 0.0, 0.01, null, null, null, null,
                null)));
    }

    @Test
    @DisplayName("a parameter the family needs is missing; one it does not take is given")
    void missingOrForeignParameter() {
        assertEquals(List.of("tender: uncertainty.inflationShift.sd: missing: a normal distribution needs mean, sd"),
                problems(INFLATION, with("normal", null, 0.0, null, null, null, null, null, null)));
        assertEquals(List.of("tender: uncertainty.inflationShift.sd: is not a parameter of a uniform distribution, "
                + "which takes min, max"),
                problems(INFLATION, with("uniform", null, null, 0.01, null, null, -0.01, null, 0.01)));
    }

    @Test
    @DisplayName("a factor that could reach zero: a fixed 0, a uniform from -0.1, a normal with no floor")
    void factorsStayPositive() {
        assertEquals(List.of("tender: uncertainty.capexOverrun.value: capexOverrun multiplies what the evaluation "
                + "used, so it must stay positive, not 0.0"), problems(CAPEX, fixed(0)));
        assertEquals(List.of("tender: uncertainty.capexOverrun.min: capexOverrun multiplies what the evaluation "
                + "used, so it must stay positive: min must be above 0, not -0.1"), problems(CAPEX, uniform(-0.1, 2)));
        assertEquals(List.of("tender: uncertainty.capexOverrun.min: missing: capexOverrun multiplies what the "
                + "evaluation used, so it must stay positive; a normal distribution of it needs min > 0 to clip its "
                + "draws at"), problems(CAPEX, normal(1.1, 0.2)));
    }

    @Test
    @DisplayName("a correlation with an unknown variable, or one that has no distribution")
    void correlationVariables() {
        assertEquals(List.of("tender: uncertainty.correlation.variables[1]: unknown variable 'inflation': one of "
                + "inflationShift, discountRateRealShift, tonnageGrowthShift, lhvShiftMjPerKg, electricityPrice, "
                + "alternativeDisposalCost, capexOverrun, omOverrun"),
                problems(block(Map.of(RATE, normal(0, 0.01)), correlation(List.of("discountRateRealShift",
                        "inflation"), new double[][] {{1, 0.5}, {0.5, 1}}))));
        assertEquals(List.of("tender: uncertainty.correlation.variables[1]: inflationShift has no distribution to "
                + "correlate: declare one in uncertainty.inflationShift"),
                problems(block(Map.of(RATE, normal(0, 0.01)), correlation(List.of("discountRateRealShift",
                        "inflationShift"), new double[][] {{1, 0.5}, {0.5, 1}}))));
    }

    private static List<String> matrixProblems(double[][] m) {
        return problems(block(Map.of(INFLATION, normal(0, 0.01), RATE, normal(0, 0.01), GROWTH, normal(0, 0.01)),
                correlation(List.of("inflationShift", "discountRateRealShift", "tonnageGrowthShift"), m)));
    }

    @Test
    @DisplayName("a correlation matrix not symmetric")
    void notSymmetric() {
        assertEquals(List.of("tender: uncertainty.correlation.matrix[1][0]: must equal matrix[0][1] (0.5): a "
                + "correlation matrix is symmetric, not 0.4"),
                matrixProblems(new double[][] {{1, 0.5, 0}, {0.4, 1, 0}, {0, 0, 1}}));
    }

    @Test
    @DisplayName("a correlation matrix whose diagonal is not 1")
    void diagonalNotOne() {
        assertEquals(List.of("tender: uncertainty.correlation.matrix[2][2]: must be 1, a variable's correlation "
                + "with itself, not 0.9"), matrixProblems(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 0.9}}));
    }

    @Test
    @DisplayName("a correlation beyond ±1")
    void beyondOne() {
        assertEquals(List.of("tender: uncertainty.correlation.matrix[0][2]: must lie between -1 and 1, not -1.2",
                "tender: uncertainty.correlation.matrix[2][0]: must lie between -1 and 1, not -1.2"),
                matrixProblems(new double[][] {{1, 0, -1.2}, {0, 1, 0}, {-1.2, 0, 1}}));
    }

    @Test
    @DisplayName("a correlation matrix that is not positive semi-definite, and one that is singular")
    void notPositiveSemiDefinite() {
        // det [[1, a, b], [a, 1, c], [b, c, 1]] = 1 + 2abc − a² − b² − c²; a = c = 0.9, b = −0.9 gives
        // 1 − 1.458 − 2.43 = −2.888 < 0, so some eigenvalue is negative: no variables have these correlations.
        List<String> p = matrixProblems(new double[][] {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}});
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("tender: uncertainty.correlation.matrix: is not positive semi-definite "
                + "(smallest eigenvalue -0.8"), p.get(0));
        // Eigenvalues of that matrix: 1 + 0.9 = 1.9 (twice) and 1 − 1.8 = −0.8 (on (1, −1, 1)/√3).
        // ρ = 1 between two variables: eigenvalues 2, 0, 1 — semi-definite but with no Cholesky factor.
        List<String> singular = matrixProblems(new double[][] {{1, 1, 0}, {1, 1, 0}, {0, 0, 1}});
        assertEquals(1, singular.size());
        assertTrue(singular.get(0).startsWith("tender: uncertainty.correlation.matrix: is singular"),
                singular.get(0));
    }

    @Test
    @DisplayName("a matrix of the wrong shape")
    void wrongShape() {
        assertEquals(List.of("tender: uncertainty.correlation.matrix: must have one row per variable: 3 rows, not 2"),
                matrixProblems(new double[][] {{1, 0, 0}, {0, 1, 0}}));
        assertEquals(List.of("tender: uncertainty.correlation.matrix[1]: must have one entry per variable: 3, not 2"),
                matrixProblems(new double[][] {{1, 0, 0}, {0, 1}, {0, 0, 1}}));
    }

    @Test
    @DisplayName("several problems in one block are reported together, each with its field, sorted")
    void severalAtOnce() {
        UncertaintyBlock b = block(Map.of(INFLATION, normal(0, -0.01), RATE, triangular(0.02, 0, 0.01),
                        UncertainVariable.LHV_SHIFT, with("beta", null, null, null, null, null, null, null, null),
                        CAPEX, lognormal(1.1, 0.2), UncertainVariable.OM_OVERRUN, lognormal(1.05, 0.1)),
                correlation(List.of("capexOverrun", "omOverrun"), new double[][] {{1, 1.5}, {1.5, 1}}));
        assertEquals(List.of(
                "tender: uncertainty.correlation.matrix[0][1]: must lie between -1 and 1, not 1.5",
                "tender: uncertainty.correlation.matrix[1][0]: must lie between -1 and 1, not 1.5",
                "tender: uncertainty.discountRateRealShift.min: must not exceed max (0.02 > 0.01)",
                "tender: uncertainty.inflationShift.sd: must not be negative, not -0.01",
                "tender: uncertainty.lhvShiftMjPerKg.family: unknown family 'beta': one of fixed, normal, lognormal, "
                        + "uniform, triangular"), problems(b));
    }

    @Test
    @DisplayName("the tender overrides a toolkit layer variable by variable; problems name the layer's file")
    void layering() throws InvalidInputException {
        UncertaintyBlock base = block(Map.of(INFLATION, normal(0, 0.01), CAPEX, lognormal(1.1, 0.2)), null);
        UncertaintyBlock country = block(Map.of(CAPEX, lognormal(1.2, 0.3)), null);
        UncertaintyBlock tender = block(Map.of(INFLATION, normal(0, 0.02)), null);
        Uncertainty u = Uncertainty.of(List.of(new UncertaintyBlock.Layer("base", base),
                new UncertaintyBlock.Layer("vn", country)), tender, SourceMap.inMemory());
        assertEquals(2, u.declared().size());
        assertSame(tender.inflationShift(), u.declared().get(0).distribution());
        assertEquals("tender: uncertainty.inflationShift", u.declared().get(0).at().toString());
        assertSame(country.capexOverrun(), u.declared().get(1).distribution());
        assertEquals(null, u.marginal(RATE));

        UncertaintyBlock bad = block(Map.of(RATE, normal(0, -1)), null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Uncertainty.of(
                List.of(new UncertaintyBlock.Layer("vn", bad)), null, SourceMap.inMemory()));
        assertEquals("toolkits/vn.yaml: uncertainty.discountRateRealShift.sd: must not be negative, not -1.0",
                e.problems().get(0).toString());
    }

    @Test
    @DisplayName("every bundled toolkit's uncertainty block passes its checks")
    void bundledBlocksAreValid() throws InvalidInputException {
        for (String id : List.of("base", "vn", "id", "th", "in", "ph", "mv", "lk", "bd", "mm", "th-committee")) {
            Uncertainty u = Uncertainty.of(Fixtures.bundledToolkit(id).uncertainty(), null, SourceMap.inMemory());
            assertEquals(UncertainVariable.values().length, u.declared().size(), id);
        }
    }
}
