package org.wteval.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.wteval.model.Correlation;
import org.wteval.model.Distribution;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.model.SourceLocation;
import org.wteval.model.SourceMap;
import org.wteval.model.Toolkit;
import org.wteval.model.UncertainVariable;
import org.wteval.model.UncertaintyBlock;
import org.wteval.resolve.ResolvedTender;

/**
 * The uncertain inputs of a tender, checked: each {@link UncertainVariable}'s distribution as the tender declares it,
 * or else as the last toolkit layer that declares it does, and the correlation between them, which the tender's
 * block replaces whole. A variable no block declares is not drawn: it stays at its central value.
 *
 * <p>Correlated variables share a Gaussian copula: independent standard normals ε are mixed by the lower Cholesky
 * factor L of the correlation matrix R = L Lᵀ (z = L ε) and each z is mapped to its variable's {@link Marginal}.
 * The rows of L run in the order of the variables, scenario variables first, so a scenario variable's z depends on
 * scenario draws alone and is the same for every bid, while a per-bid variable's z mixes them with the bid's own.
 * The matrix relates the normals, not the variables: for normal variables it is their correlation, for others it
 * is close to it.
 */
public final class Uncertainty {

    /**
     * The distribution that applies to a variable and where it was declared.
     *
     * @param at the block's field of the variable, e.g. {@code toolkits/base.yaml: uncertainty.capexOverrun}
     */
    public record Declared(UncertainVariable variable, Distribution distribution, SourceLocation at) {
    }

    private static final int VARIABLES = UncertainVariable.values().length;

    private final List<Declared> declared;
    private final Marginal[] marginals;
    private final int[] correlated;
    private final double[][] cholesky;

    private Uncertainty(List<Declared> declared, Marginal[] marginals, int[] correlated, double[][] cholesky) {
        this.declared = List.copyOf(declared);
        this.marginals = marginals;
        this.correlated = correlated;
        this.cholesky = cholesky;
    }

    /** The uncertainty of a resolved tender: its own block over its toolkit's layers. */
    public static Uncertainty of(ResolvedTender t) throws InvalidInputException {
        return of(t.toolkit().uncertainty(), t.tender().uncertainty(), t.sources());
    }

    /**
     * Overlays the blocks and checks what applies: every problem is collected, with its file and field, before
     * any is thrown.
     *
     * @param toolkit the toolkit layers' blocks, base first
     * @param tender the tender's block, or {@code null}
     * @param sources where the tender's fields were read
     * @throws InvalidInputException listing every problem of the distributions and the correlation that apply
     */
    public static Uncertainty of(List<UncertaintyBlock.Layer> toolkit, UncertaintyBlock tender, SourceMap sources)
            throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        List<Declared> declared = new ArrayList<>();
        Marginal[] marginals = new Marginal[VARIABLES];
        for (UncertainVariable v : UncertainVariable.values()) {
            Declared d = null;
            for (UncertaintyBlock.Layer layer : toolkit) {
                Distribution in = layer.block().of(v);
                if (in != null) {
                    d = new Declared(v, in, layerField(layer.layer(), v.key()));
                }
            }
            if (tender != null && tender.of(v) != null) {
                d = new Declared(v, tender.of(v), sources.tender(field(v.key())));
            }
            if (d != null) {
                declared.add(d);
                SourceLocation at = d.at();
                marginals[v.ordinal()] = UncertaintyChecks.marginal(v, d.distribution(),
                        p -> new SourceLocation(at.file(), at.path() + "." + p), problems);
            }
        }
        Correlation correlation = null;
        Function<String, SourceLocation> correlationAt = null;
        for (UncertaintyBlock.Layer layer : toolkit) {
            if (layer.block().correlation() != null) {
                correlation = layer.block().correlation();
                correlationAt = p -> layerField(layer.layer(), "correlation" + p);
            }
        }
        if (tender != null && tender.correlation() != null) {
            correlation = tender.correlation();
            correlationAt = p -> sources.tender(field("correlation" + p));
        }
        int[] correlated = new int[0];
        double[][] cholesky = new double[0][0];
        if (correlation != null) {
            boolean[] hasDistribution = new boolean[VARIABLES];
            for (Declared d : declared) {
                hasDistribution[d.variable().ordinal()] = true;
            }
            UncertaintyChecks.Factor f = UncertaintyChecks.correlation(correlation, hasDistribution, correlationAt,
                    problems);
            if (f != null) {
                correlated = f.variables();
                cholesky = f.lower();
            }
        }
        InvalidInputException.throwIfAny(problems);
        return new Uncertainty(declared, marginals, correlated, cholesky);
    }

    private static String field(String path) {
        return "uncertainty." + path;
    }

    private static SourceLocation layerField(String layer, String path) {
        return new SourceLocation(Toolkit.layerFile(layer), field(path));
    }

    /** The distributions that apply, in the order of the variables. */
    public List<Declared> declared() {
        return declared;
    }

    /** The variable's distribution, or {@code null} when it is not drawn and stays at its central value. */
    public Marginal marginal(UncertainVariable v) {
        return marginals[v.ordinal()];
    }

    /** The correlated variables' ordinals, ascending: the rows of {@link #cholesky}. */
    int[] correlated() {
        return correlated;
    }

    /** The lower Cholesky factor of the correlation matrix, rows and columns in the order of {@link #correlated}. */
    double[][] cholesky() {
        return cholesky;
    }
}
