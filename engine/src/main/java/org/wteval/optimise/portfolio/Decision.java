package org.wteval.optimise.portfolio;

import java.util.List;

/**
 * One project's outcome: funded or left out, and why. A left-out project lists every rule that keeps it out of the
 * chosen portfolio as it stands, with the numbers.
 */
public record Decision(String project, boolean funded, List<String> reasons) {

    public Decision {
        reasons = List.copyOf(reasons);
    }
}
