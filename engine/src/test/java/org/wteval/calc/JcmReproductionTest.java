package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.io.Yaml;
import org.wteval.model.Figure;
import org.wteval.model.InputProblem;
import org.wteval.model.Origin;
import org.wteval.model.Toolkit;

/**
 * The published JCM reductions of Bac Ninh (41,805 tCO2/yr) and Yangon (about 4,800 tCO2/yr) from the inputs in
 * {@code jcm-reproduction/plants.yaml} (sources in the README beside it): the JCM basis must land within the band,
 * and the CDM-style account on the same inputs must not, or the band would tell the two apart from nothing.
 */
class JcmReproductionTest {

    private static JsonNode fixture() throws IOException {
        try (InputStream in = JcmReproductionTest.class.getResourceAsStream("/jcm-reproduction/plants.yaml")) {
            List<InputProblem> problems = new ArrayList<>();
            JsonNode node = Yaml.parse(in.readAllBytes(), "plants.yaml", problems);
            assertTrue(problems.isEmpty(), problems.toString());
            return node;
        }
    }

    private record Plant(Toolkit toolkit, double published, double[] tonnes, double[] mwh,
                         TreeMap<String, Double> waste, int years) {
    }

    private static Plant plant(JsonNode p) {
        int years = p.get("averagingYears").asInt();
        double[] tonnes = new double[years];
        double[] mwh = new double[years];
        Arrays.fill(tonnes, p.get("tonnesPerYear").asDouble());
        Arrays.fill(mwh, p.get("netMwhPerYear").asDouble());
        TreeMap<String, Double> waste = new TreeMap<>();
        p.get("composition").fields().forEachRemaining(e -> waste.put(e.getKey(), e.getValue().asDouble()));
        assertEquals(1, waste.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9, "composition sums to 1");
        return new Plant(Fixtures.bundledToolkit(p.get("toolkit").asText()), p.get("publishedTco2PerYear").asDouble(),
                tonnes, mwh, waste, years);
    }

    private static double jcm(Plant p) {
        Figure years = Figure.input("legalDurableYears", p.years(), "years", new Origin.Handover("fixture"));
        return GhgCalculator.compute(JcmGhgAccount.inputs(p.toolkit(), 2024, p.tonnes(), p.waste(), p.mwh(), years),
                GhgBasis.JCM).annualEmissionReductions().value();
    }

    private static double cdm(Plant p) {
        return GhgCalculator.compute(GhgInputs.withoutAuxiliaries(2024, p.tonnes(), p.waste(), p.mwh(),
                Figure.param(p.toolkit().param(BidMetrics.GRID_FACTOR)), GhgParameters.from(p.toolkit())))
                .annualEmissionReductions().value();
    }

    @Test
    void bothPublishedPlantsAreReproducedOnTheJcmBasisAndNotOnTheCdmOne() throws IOException {
        JsonNode f = fixture();
        double band = f.get("band").asDouble();
        Map<String, double[]> ratios = new TreeMap<>();
        f.get("plants").fields().forEachRemaining(e -> {
            Plant p = plant(e.getValue());
            ratios.put(e.getKey(), new double[] {jcm(p) / p.published(), cdm(p) / p.published()});
        });
        ratios.forEach((name, r) -> {
            assertEquals(1, r[0], band, name + ": JCM basis " + r[0] + " of the published figure");
            assertTrue(Math.abs(r[1] - 1) > band, name + ": the CDM account also lands in the band: " + r[1]);
        });
        // The values the README reports: Bac Ninh 45,137 (1.080), Yangon 4,745 (0.989) tCO2e/yr.
        assertEquals(1.080, ratios.get("bacNinh")[0], 0.001);
        assertEquals(0.989, ratios.get("yangon")[0], 0.001);
    }
}
