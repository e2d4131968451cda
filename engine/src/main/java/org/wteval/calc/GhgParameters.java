package org.wteval.calc;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.wteval.model.Figure;
import org.wteval.model.Param;
import org.wteval.model.Toolkit;

/**
 * The GHG account's defaults ({@code ghg.*} in a toolkit), each a {@link Figure} carrying its citation and status.
 * Waste types are the tender's {@code waste.composition} keys.
 *
 * @param degradableOrganicCarbon DOC_j by waste type (fraction of wet weight); every type the tender names needs one
 * @param decayRate k_j by waste type for the toolkit's climate zone (1/yr); needed for types whose DOC is above 0
 * @param fossilCarbon carbon data of the types that burn fossil carbon; types not listed burn only biogenic carbon
 *     or none
 */
public record GhgParameters(Figure modelCorrectionFactor, Figure methaneCapturedFraction, Figure gwpCh4,
                            Figure landfillOxidationFactor, Figure methaneFractionInGas,
                            Figure docDecomposingFraction, Figure methaneCorrectionFactor,
                            Map<String, Figure> degradableOrganicCarbon, Map<String, Figure> decayRate,
                            Map<String, FossilCarbon> fossilCarbon, Figure incinerationOxidationFactor,
                            Figure creditingPeriodYears) {

    private static final String GHG = "ghg.";
    private static final String JCM_GHG = "jcm.ghg.";
    private static final String FOSSIL = GHG + "fossilCarbon";

    public GhgParameters {
        degradableOrganicCarbon = Map.copyOf(degradableOrganicCarbon);
        decayRate = Map.copyOf(decayRate);
        fossilCarbon = Map.copyOf(fossilCarbon);
    }

    /**
     * Carbon burnt per tonne of a waste type (IPCC 2006 Vol. 5 ch. 2 Table 2.4 style).
     *
     * @param dryMatter dry matter as a fraction of wet weight
     * @param carbonFraction total carbon as a fraction of dry matter
     * @param fossilFraction fossil carbon as a fraction of total carbon
     */
    public record FossilCarbon(Figure dryMatter, Figure carbonFraction, Figure fossilFraction) {
    }

    /**
     * The parameters as a toolkit resolves them. They carry no money, so {@link Figure#param} gives the same figure
     * a resolved tender would; building them here keeps the {@code ghg.*} keys in one place.
     */
    public static GhgParameters from(Toolkit tk) {
        return of(tk, GHG, param(tk, GHG + "creditingPeriodYears"));
    }

    /**
     * The JCM basis ({@link JcmGhgAccount}): the landfill-methane factors a JCM methodology sets conservatively
     * ({@code jcm.ghg.modelCorrectionFactor}, {@code gwpCh4}, {@code landfillOxidationFactor},
     * {@code methaneCorrectionFactor}) replace the CDM ones; the waste's IPCC data (DOC_j, k_j, F, DOC_f, fossil
     * carbon) and the captured fraction stay those of {@code ghg.*}, which JCM and CDM take from the same tables.
     *
     * @param averagingYears the years the account averages over: the bid's legal durable years
     */
    public static GhgParameters jcm(Toolkit tk, Figure averagingYears) {
        return of(tk, JCM_GHG, averagingYears);
    }

    /** {@code methaneKeys} prefixes the four factors the two bases may set differently. */
    private static GhgParameters of(Toolkit tk, String methaneKeys, Figure period) {
        String zone = tk.text(GHG + "climateZone");
        Map<String, Figure> rates = figures(tk.section(GHG + "decayRate." + zone));
        if (rates.isEmpty()) {
            throw new IllegalStateException("toolkit " + tk.id() + " has no ghg.decayRate." + zone
                    + " for its ghg.climateZone");
        }
        Map<String, FossilCarbon> fossil = new TreeMap<>();
        for (String key : tk.section(FOSSIL).keySet()) {
            String type = key.substring(0, key.indexOf('.'));
            String prefix = FOSSIL + "." + type + ".";
            fossil.computeIfAbsent(type, t -> new FossilCarbon(param(tk, prefix + "dryMatter"),
                    param(tk, prefix + "carbonFraction"), param(tk, prefix + "fossilFraction")));
        }
        return new GhgParameters(param(tk, methaneKeys + "modelCorrectionFactor"),
                param(tk, GHG + "methaneCapturedFraction"), param(tk, methaneKeys + "gwpCh4"),
                param(tk, methaneKeys + "landfillOxidationFactor"), param(tk, GHG + "methaneFractionInGas"),
                param(tk, GHG + "docDecomposingFraction"), param(tk, methaneKeys + "methaneCorrectionFactor"),
                figures(tk.section(GHG + "degradableOrganicCarbon")), rates, fossil,
                param(tk, GHG + "incinerationOxidationFactor"), period);
    }

    private static Figure param(Toolkit tk, String key) {
        return Figure.param(tk.param(key));
    }

    private static Map<String, Figure> figures(SortedMap<String, Param> section) {
        Map<String, Figure> out = new TreeMap<>();
        section.forEach((type, p) -> out.put(type, Figure.param(p)));
        return out;
    }
}
