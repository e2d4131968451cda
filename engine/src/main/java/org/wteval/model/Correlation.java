package org.wteval.model;

import java.util.List;

/**
 * Correlation between uncertain variables as a block declares it: the variables by name and the matrix
 * of correlations between their underlying standard normals (a Gaussian copula), row and column in the order of
 * {@code variables}.
 */
public record Correlation(List<String> variables, List<List<Double>> matrix) {

    public Correlation {
        variables = variables == null ? null : List.copyOf(variables);
        matrix = matrix == null ? null : matrix.stream().map(r -> r == null ? null : List.copyOf(r)).toList();
    }
}
