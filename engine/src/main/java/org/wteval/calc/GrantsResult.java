package org.wteval.calc;

import java.util.List;
import org.wteval.model.Figure;

/**
 * The project view with grants: the JCM subsidy the bid requests and the JFJCM grant the engine computes, received
 * in step with the construction schedule. The lifecycle's own project figures are the view without grants.
 *
 * @param schedules the yearly grants and the net cash flow with grants, each nominal and real
 */
public record GrantsResult(Figure grantsTotal, Figure pvGrants, Figure npvProjectWithGrants,
                           Figure irrNominalWithGrants, Figure irrRealWithGrants, Figure paybackYearsWithGrants,
                           List<Figure> schedules) {
}
