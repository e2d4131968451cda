package org.wteval.resolve;

import java.util.List;
import org.wteval.model.Bid;
import org.wteval.model.Figure;
import org.wteval.model.Origin;
import org.wteval.model.SourceMap;

/**
 * A bid ready for evaluation: physical data as submitted, money converted into the evaluation currency. Every
 * money field is a {@link Figure}, so a converted amount explains its rate and the rate's date.
 *
 * @param sources where the case's fields were read, to name the origin of every input
 * @param index the bid's place in the case's list of bids, as {@code sources} knows it
 * @param jcmSubsidyRequested the JCM subsidy asked, or {@code null} when the bid asks none
 * @param supportFuelPricePerGj the tender's evaluation price of the bid's support fuel in the evaluation currency
 *     per GJ at base-year prices, or {@code null} when the bid guarantees no support firing
 */
public record ResolvedBid(Bid bid, SourceMap sources, int index, Figure capex, Figure fixedOmPerYear, Figure variableOmPerTonne,
                          Figure majorMaintenanceCost, Figure tippingFeePerTonne,
                          Figure electricityTariffPerMwh, List<Figure> replacementCosts, Figure residualValue,
                          Figure decommissioningCost, Figure jcmSubsidyRequested, Figure supportFuelPricePerGj) {

    public ResolvedBid {
        replacementCosts = List.copyOf(replacementCosts);
    }

    public String id() {
        return bid.id();
    }

    public Bid.Plant plant() {
        return bid.plant();
    }

    public Bid.CombustionDiagram diagram() {
        return bid.plant().combustionDiagram();
    }

    public Bid.Finance finance() {
        return bid.finance();
    }

    /** The file the bid was read from. */
    public String file() {
        return sources.bid(index, "").file();
    }

    /** An input read from this bid, for explanations. */
    public Figure input(String name, double value, String unit, String fieldPath) {
        return Figure.input(name, value, unit, new Origin.CaseField(sources.bid(index, fieldPath)));
    }
}
