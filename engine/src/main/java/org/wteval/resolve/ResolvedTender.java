package org.wteval.resolve;

import java.util.Map;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;
import org.wteval.model.Origin;
import org.wteval.model.SourceMap;
import org.wteval.model.Tender;
import org.wteval.model.Toolkit;

/**
 * A tender ready for evaluation: its toolkit, its LHV distribution, its effective weights and toolkit money in the
 * evaluation currency.
 *
 * @param weights effective criterion weights, each explained (set by the tender or taken from the toolkit)
 * @param money toolkit money parameters converted into the evaluation currency, by key
 * @param priceReference the tender's cost estimate and ceiling price in the evaluation currency; {@code null} when
 *     the tender states none
 * @param sources where each field of the tender and the bids was read
 */
public record ResolvedTender(Tender tender, Toolkit toolkit, LhvDistribution lhv, Map<Criterion, Figure> weights,
                             Map<String, Figure> money, ResolvedPriceReference priceReference, SourceMap sources) {

    public String currency() {
        return tender.currency();
    }

    public int constructionYears() {
        return tender.contract().constructionYears();
    }

    public int operationYears() {
        return tender.contract().operationYears();
    }

    /** Tonnes delivered in operating year {@code k} (1-based): first-year tonnage grown at the tender's rate. */
    public double deliveredTonnes(int k) {
        return deliveredTonnes(tender.waste().tonnesPerDay(), tender.waste().growthPerYear(), k);
    }

    /** Tonnes delivered in operating year {@code k} from {@code tonnesPerDay} in year 1 grown at {@code growth}. */
    public static double deliveredTonnes(double tonnesPerDay, double growth, int k) {
        return tonnesPerDay * 365.0 * Math.pow(1 + growth, k - 1);
    }

    /** A toolkit parameter as a figure, with money converted into the evaluation currency. */
    public Figure param(String key) {
        Figure m = money.get(key);
        return m != null ? m : Figure.param(toolkit.param(key));
    }

    /** An input read from the tender, for explanations. */
    public Figure input(String name, double value, String unit, String fieldPath) {
        return Figure.input(name, value, unit, new Origin.CaseField(sources.tender(fieldPath)));
    }

    /** An input read from the tender with a note on what was made of it (e.g. a distribution's summary). */
    public Figure input(String name, double value, String unit, String fieldPath, String note) {
        return Figure.input(name, value, unit, new Origin.CaseField(sources.tender(fieldPath), note));
    }

    /** The tender's rate for JPY, in units of the evaluation currency per yen (1 when it is JPY), as a figure. */
    public Figure yenRate() {
        if (currency().equals(Resolver.JPY)) {
            return Figure.input("exchangeRate", 1, Resolver.JPY + "/" + Resolver.JPY,
                    new Origin.Handover("evaluation currency"));
        }
        return Resolver.rateFigure(tender, sources, Resolver.JPY, tender.exchangeRates().get(Resolver.JPY));
    }
}
