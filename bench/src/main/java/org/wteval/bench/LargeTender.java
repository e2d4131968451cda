package org.wteval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a case of {@code n} bids for scaling measurements: the sample case's tender, and bids drawn from its bids
 * with capex, fees, efficiency and availability varied by up to ±10% (seeded, so the same {@code n} gives the same
 * files). Usage: {@code LargeTender SAMPLE_CASE N OUT_DIR}.
 */
public final class LargeTender {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build();

    private LargeTender() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: LargeTender SAMPLE_CASE N OUT_DIR");
            System.exit(2);
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
    }

    /** Writes the case into {@code out}, which must not exist. */
    public static void write(Path sample, int n, Path out) throws IOException {
        List<JsonNode> templates;
        try (Stream<Path> s = Files.list(sample.resolve("bids"))) {
            templates = s.sorted().map(LargeTender::read).toList();
        }
        Files.createDirectories(out.resolve("bids"));
        Files.copy(sample.resolve("tender.yaml"), out.resolve("tender.yaml"));
        SplittableRandom random = new SplittableRandom(20_261_202L);
        for (int i = 0; i < n; i++) {
            ObjectNode bid = templates.get(i % templates.size()).deepCopy();
            String id = String.format("G%05d", i + 1);
            bid.put("id", id);
            bid.put("bidder", "Generated bidder " + (i + 1));
            ObjectNode plant = (ObjectNode) bid.get("plant");
            ObjectNode finance = (ObjectNode) bid.get("finance");
            vary(finance, "capex", random);
            vary(finance, "fixedOmPerYear", random);
            vary(finance, "tippingFeePerTonne", random);
            scale(plant, "grossElectricalEfficiency", 0.97 + 0.06 * random.nextDouble());
            double availability = Math.min(8_700, plant.get("availabilityHoursPerYear").doubleValue()
                    * (0.97 + 0.06 * random.nextDouble()));
            plant.put("availabilityHoursPerYear", Math.round(availability));
            YAML.writeValue(out.resolve("bids").resolve(id.toLowerCase() + ".yaml").toFile(), bid);
        }
    }

    private static void vary(ObjectNode node, String field, SplittableRandom random) {
        scale(node, field, 0.9 + 0.2 * random.nextDouble());
    }

    /** Scales a figure, rounded to 4 significant digits so the file reads like a bid. */
    private static void scale(ObjectNode node, String field, double factor) {
        double v = node.get(field).doubleValue() * factor;
        double unit = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 3);
        double rounded = Math.round(v / unit) * unit;
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            node.put(field, (long) rounded);
        } else {
            node.put(field, new java.math.BigDecimal(rounded).round(new java.math.MathContext(4)).doubleValue());
        }
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
