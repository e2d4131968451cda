package org.wteval.scoring;

import org.wteval.calc.FigureNames;
import org.wteval.model.Figure;
import org.wteval.model.Toolkit;
import org.wteval.rules.Numbers;

/**
 * The price anchors a tender publishes for {@link Normalisation#PUBLISHED_ANCHORS}: its ceiling price scores 0, and
 * a floor at the toolkit's share of the owner's estimate scores 100. Both are fixed before any bid is opened, so a
 * bid's score depends on no other bid.
 *
 * @param ceiling the published ceiling per tonne, in the evaluation currency
 * @param ownerEstimate the owner's cost estimate per tonne, in the evaluation currency
 */
public record PublishedAnchors(Figure ceiling, Figure ownerEstimate) {

    /** The toolkit parameter giving the floor as a share of the owner's estimate. */
    public static final String FLOOR_SHARE = "scoring.lifecycle.floorShareOfEstimate";

    /** The floor price (100 points): the toolkit's share of the owner's estimate. */
    public Figure floor(Toolkit tk) {
        Figure share = Figure.param(tk.param(FLOOR_SHARE));
        return Figure.derived(FigureNames.PUBLISHED_FLOOR, share.value() * ownerEstimate.value(),
                ownerEstimate.unit(),
                FLOOR_SHARE + " (" + Numbers.format(share.value()) + ") × " + ownerEstimate.name(),
                share, ownerEstimate);
    }
}
