package org.wteval.rules;

import java.util.List;

/** The rule files do not compile; carries every builder error with its file and line. */
public final class RuleCompileException extends Exception {

    private final List<String> errors;

    public RuleCompileException(List<String> errors) {
        super("rules do not compile:\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
