package org.wteval.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link Figure}'s value comes from: a field of the case, a toolkit parameter, a rule's decision, a formula
 * over other figures, or a value handed over by another calculation.
 */
public sealed interface Origin permits Origin.Given, Origin.ToolkitParameter, Origin.RuleDecision, Origin.Formula {

    /** Status of a value given to the calculation: read from the case or handed over. */
    String INPUT = "input";
    /** Status of a value computed from other figures. */
    String DERIVED = "derived";

    /** The text reports print after "from"; empty when the figure's formula already says how it was obtained. */
    Optional<String> text();

    /** {@code input}, {@code derived}, or the toolkit status of a parameter ({@code verified}/{@code assumed}). */
    String status();

    /** A value the calculation is given rather than computes. */
    sealed interface Given extends Origin permits CaseField, Handover {

        @Override
        default String status() {
            return INPUT;
        }
    }

    /**
     * A value read from the case.
     *
     * @param where the file and field (or cell) it was read from
     * @param note what the reader made of it, e.g. the description of an LHV distribution; {@code null} if nothing
     */
    record CaseField(SourceLocation where, String note) implements Given {

        public CaseField {
            Objects.requireNonNull(where, "where");
        }

        public CaseField(SourceLocation where) {
            this(where, null);
        }

        @Override
        public Optional<String> text() {
            return Optional.of(note == null ? where.toString() : where + " (" + note + ")");
        }
    }

    /**
     * A value handed over by whoever called the calculation, e.g. a schedule another calculation produced.
     *
     * @param description says what it is and where it came from, as the reader of the explanation needs it
     */
    record Handover(String description) implements Given {

        public Handover {
            Objects.requireNonNull(description, "description");
        }

        @Override
        public Optional<String> text() {
            return Optional.of(description);
        }
    }

    /**
     * A toolkit parameter after layering.
     *
     * @param layer the toolkit file that set it, with the dated version where one did ({@code id@2025-10-10})
     * @param source the citation behind the value
     * @param status {@code verified} or {@code assumed}
     */
    record ToolkitParameter(String layer, String key, String source, String status) implements Origin {

        public static ToolkitParameter of(Param p) {
            return new ToolkitParameter(p.setBy(), p.key(), p.source(), p.status());
        }

        @Override
        public Optional<String> text() {
            return Optional.of("toolkit " + layer + ": " + key);
        }
    }

    /** A value a rule decided; the figure's formula names the rule and how it set the value. */
    record RuleDecision(String ruleId) implements Origin {

        public RuleDecision {
            Objects.requireNonNull(ruleId, "ruleId");
        }

        @Override
        public Optional<String> text() {
            return Optional.empty();
        }

        @Override
        public String status() {
            return DERIVED;
        }
    }

    /** A value computed by the figure's formula from its inputs. */
    record Formula() implements Origin {

        @Override
        public Optional<String> text() {
            return Optional.empty();
        }

        @Override
        public String status() {
            return DERIVED;
        }
    }
}
