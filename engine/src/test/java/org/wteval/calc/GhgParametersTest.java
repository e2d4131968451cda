package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.model.Figure;
import org.wteval.model.Param;
import org.wteval.model.Toolkit;

/** The GHG defaults of {@code toolkits/base.yaml}: complete for the tender's waste types, cited and assumed. */
class GhgParametersTest {

    private static final Set<String> WASTE_TYPES = Set.of("food", "garden", "paper", "wood", "textiles", "nappies",
            "rubberLeather", "plastics", "glassMetalInert", "other");

    @Test
    void baseCoversEveryWasteTypeOfTheTenderSchema() {
        GhgParameters p = GhgParameters.from(Fixtures.baseToolkit(Map.of()));
        assertEquals(WASTE_TYPES, p.degradableOrganicCarbon().keySet());
        p.degradableOrganicCarbon().forEach((type, doc) -> assertTrue(doc.value() == 0
                || p.decayRate().containsKey(type), type + " has DOC but no decay rate"));
        assertEquals(0.40, p.decayRate().get("food").value(), 0); // tropical wet by default
        assertEquals(0.75, p.fossilCarbon().get("plastics").carbonFraction().value(), 0);
        assertEquals(0.20, p.fossilCarbon().get("textiles").fossilFraction().value(), 0);
        assertEquals(10, p.creditingPeriodYears().value(), 0);
        // φ 0.85 × GWP 25 × 16/12 × F 0.5 × DOC_f 0.5 × MCF 0.8 (OX 0, f 0) = 5.66667 tCO2e per t DOC
        assertEquals(0.85 * 25 * 16 / 12 * 0.5 * 0.5 * 0.8, LandfillMethane.factor(p.modelCorrectionFactor().value(),
                p.methaneCapturedFraction().value(), p.gwpCh4().value(), p.landfillOxidationFactor().value(),
                p.methaneFractionInGas().value(), p.docDecomposingFraction().value(),
                p.methaneCorrectionFactor().value()), 1e-12);
    }

    @Test
    void theClimateZoneSelectsTheDecayRates() {
        GhgParameters dry = GhgParameters.from(Fixtures.baseToolkit(Map.of("ghg.climateZone", "tropicalDry")));
        assertEquals(0.085, dry.decayRate().get("food").value(), 0);
        assertEquals("ghg.decayRate.tropicalDry.food", dry.decayRate().get("food").name());
    }

    @Test
    void everyGhgParameterCitesItsTableAndStaysAssumed() {
        Toolkit base = Fixtures.baseToolkit(Map.of());
        Map<String, Param> ghg = base.section("ghg");
        assertTrue(ghg.size() > 40, "expected the full GHG section, found " + ghg.size());
        ghg.forEach((key, p) -> {
            assertEquals(Param.ASSUMED, p.status(), "ghg." + key + " was not checked against its source");
            assertTrue(p.source().matches(".*(Table|section|decision|TOOL04).*"),
                    "ghg." + key + " cites no table: " + p.source());
        });
        Figure gwp = GhgParameters.from(base).gwpCh4();
        assertEquals(25, gwp.value(), 0);
        assertEquals("assumed", gwp.status());
    }
}
