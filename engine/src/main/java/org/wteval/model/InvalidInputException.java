package org.wteval.model;

import java.util.List;
import java.util.TreeSet;

/** Thrown once, with every problem found, when the inputs cannot be evaluated. */
public final class InvalidInputException extends Exception {

    private final List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.size() + " input problem(s)");
        this.problems = List.copyOf(new TreeSet<>(problems));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    /** Throws if {@code problems} is not empty. */
    public static void throwIfAny(List<InputProblem> problems) throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
