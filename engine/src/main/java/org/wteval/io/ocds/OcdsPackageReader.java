package org.wteval.io.ocds;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.wteval.io.InputLimits;
import org.wteval.model.Criterion;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;

/**
 * Reads an OCDS 1.1 release package of one contracting process into the parts of a case folder it carries, the
 * inverse of {@code wte export-ocds}: the tender's id, title, launch date ({@code tender.tenderPeriod.startDate}),
 * evaluation currency (the currency of its values), criterion weights (the award criteria breakdown of its lots), its
 * lots (a lot's {@code description} is its site), lot groups and supplier cap; and each bid's id, bidder, lots and
 * package group. A package whose one lot has the tender's id is a tender without lots.
 *
 * <p>Everything the evaluation needs that OCDS does not carry (the waste, the contract, the toolkit, each bid's plant
 * and money) is named in {@link ImportedCase#missing()}. The package is never trusted: its size and nesting are
 * bounded, every field it reads is type-checked, and every problem is reported with the file and JSON path before
 * anything is written.
 */
public final class OcdsPackageReader {

    /** An OCDS package of ten thousand bids with their scores is some tens of megabytes. */
    public static final long MAX_PACKAGE_BYTES = 64L << 20;

    /** Ids become file names ({@code bids/ID.yaml}) and folder names, so they must be plain. */
    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(InputLimits.MAX_NESTING_DEPTH).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String file;
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<ImportedCase.Missing> missing = new ArrayList<>();

    private OcdsPackageReader(String file) {
        this.file = file;
    }

    /**
     * @throws InvalidInputException every problem of the package, each at its JSON path
     */
    public static ImportedCase read(Path path) throws InvalidInputException {
        OcdsPackageReader reader = new OcdsPackageReader(path.toString());
        JsonNode root = reader.parse(path);
        ImportedCase imported = root == null ? null : reader.map(root);
        InvalidInputException.throwIfAny(reader.problems);
        return imported;
    }

    private JsonNode parse(Path path) {
        try {
            if (!Files.isRegularFile(path)) {
                problem("", "is not a file");
                return null;
            }
            if (Files.size(path) > MAX_PACKAGE_BYTES) {
                problem("", "is " + Files.size(path) + " bytes, over the " + MAX_PACKAGE_BYTES + " an OCDS package "
                        + "may have here");
                return null;
            }
            return JSON.readTree(Files.readAllBytes(path));
        } catch (JsonProcessingException e) {
            // Jackson gives no location for some failures (a number too long to read, for one).
            problem("", "is not JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            problem("", "cannot be read: " + e.getMessage());
        }
        return null;
    }

    private ImportedCase map(JsonNode root) {
        if (!root.isObject()) {
            problem("", "is not an OCDS release package (a JSON object with releases)");
            return null;
        }
        String version = text(root, "", "version", false);
        if (version != null && !version.equals("1.1")) {
            problem("version", "is " + version + "; this reader reads OCDS 1.1 packages");
        }
        JsonNode releases = root.get("releases");
        if (releases == null || !releases.isArray() || releases.isEmpty()) {
            problem("releases", "is required: an array of one release");
            return null;
        }
        if (releases.size() > 1) {
            problem("releases", "holds " + releases.size() + " releases; a case is one contracting process, so give "
                    + "a package of its one (compiled) release");
            return null;
        }
        JsonNode release = releases.get(0);
        if (!release.isObject()) {
            problem("releases[0]", "is not an object");
            return null;
        }
        Map<String, String> parties = parties(release.get("parties"));
        JsonNode tenderNode = release.get("tender");
        if (tenderNode == null || !tenderNode.isObject()) {
            problem("releases[0].tender", "is required: the tender is what a case is built from");
            return null;
        }
        ObjectNode tender = JsonNodeFactory.instance.objectNode();
        String tenderId = id(tenderNode, "releases[0].tender", "id");
        tender.put("id", tenderId);
        tender.put("title", text(tenderNode, "releases[0].tender", "title", true));
        need(ImportedCase.TENDER, "country", "the toolkit id of the country whose PPP guidance applies (e.g. vn): "
                + "OCDS names no toolkit");
        String currency = currency(release);
        if (currency != null) {
            tender.put("currency", currency);
        } else {
            need(ImportedCase.TENDER, "currency", "the evaluation currency: the package states no value with a "
                    + "currency");
        }
        need(ImportedCase.TENDER, "baseYear", "the year whose prices all bid money is quoted in");
        launchDate(tenderNode, tender);
        need(ImportedCase.TENDER, "waste", "the waste the city delivers: tonnes per day, growth, heating value "
                + "(LHV), moisture, composition");
        need(ImportedCase.TENDER, "contract", "the PPP modality, construction and operation years, guaranteed "
                + "tonnage");
        JsonNode lots = tenderNode.get("lots");
        boolean wholeTender = lots != null && lots.isArray() && lots.size() == 1 && lots.get(0).isObject()
                && tenderId != null && tenderId.equals(lots.get(0).path("id").asText(null));
        weights(lots, tender);
        Set<String> lotIds = new LinkedHashSet<>();
        Set<String> groupIds = new LinkedHashSet<>();
        if (!wholeTender && lots != null) {
            lots(tenderNode, tender, lotIds, groupIds);
        }
        Map<String, ObjectNode> bids = bids(release, parties, lotIds, groupIds);
        need(ImportedCase.COMMITTEE, "decisions", "the committee's decisions on bids flagged as abnormally low, "
                + "if it has met: the package gives a rejected bid's status only (disqualified)");
        return new ImportedCase(tenderId, tender, bids, missing);
    }

    // ---- the tender ----

    private Map<String, String> parties(JsonNode parties) {
        Map<String, String> names = new LinkedHashMap<>();
        if (parties == null) {
            return names;
        }
        if (!parties.isArray()) {
            problem("releases[0].parties", "is not an array");
            return names;
        }
        for (int i = 0; i < parties.size(); i++) {
            String at = "releases[0].parties[" + i + "]";
            JsonNode p = parties.get(i);
            if (!p.isObject()) {
                problem(at, "is not an object");
                continue;
            }
            String id = text(p, at, "id", true);
            String name = text(p, at, "name", false);
            if (id != null && name != null) {
                names.put(id, name);
            }
        }
        return names;
    }

    /** The currency of the first value the package states: every value of a wte-eval package is in it. */
    private static String currency(JsonNode release) {
        for (JsonNode bid : release.path("bids").path("details")) {
            String c = bid.path("value").path("currency").asText(null);
            if (c != null) {
                return c;
            }
            for (JsonNode rank : bid.path("ranks")) {
                c = rank.path("value").path("currency").asText(null);
                if (c != null) {
                    return c;
                }
            }
        }
        for (JsonNode award : release.path("awards")) {
            String c = award.path("value").path("currency").asText(null);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private void launchDate(JsonNode tenderNode, ObjectNode tender) {
        String start = text(tenderNode.path("tenderPeriod"), "releases[0].tender.tenderPeriod", "startDate", false);
        if (start == null) {
            return;
        }
        try {
            tender.put("launchDate", LocalDate.parse(start.length() >= 10 ? start.substring(0, 10) : start)
                    .toString());
        } catch (DateTimeParseException e) {
            problem("releases[0].tender.tenderPeriod.startDate", "is not a date-time (" + start + ")");
        }
    }

    /** The weights of the criteria of the first lot, if they are the toolkit's criteria with decimal weights. */
    private void weights(JsonNode lots, ObjectNode tender) {
        JsonNode criteria = lots == null || !lots.isArray() || lots.isEmpty() ? null
                : lots.get(0).path("awardCriteria").path("criteria");
        if (criteria == null || !criteria.isArray()) {
            need(ImportedCase.TENDER, "weights", "(optional) the criterion weights, if the tender sets its own: the "
                    + "package gives no award criteria breakdown");
            return;
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        List<String> foreign = new ArrayList<>();
        for (JsonNode c : criteria) {
            String name = c.path("name").asText("");
            for (JsonNode n : c.path("numbers")) {
                String kind = n.path("weight").asText("");
                if (n.path("number").isNumber() && (kind.equals("decimalExact") || kind.equals("percentageExact"))) {
                    double w = n.path("number").asDouble() / (kind.equals("percentageExact") ? 100 : 1);
                    if (isCriterion(name)) {
                        weights.put(name, w);
                    } else {
                        foreign.add(name);
                    }
                }
            }
        }
        if (!foreign.isEmpty()) {
            need(ImportedCase.TENDER, "weights", "(optional) the criterion weights: the package weighs "
                    + String.join(", ", foreign) + ", not the toolkit's efficiency, stability and lifecycle");
        } else if (!weights.isEmpty()) {
            ObjectNode w = tender.putObject("weights");
            weights.forEach(w::put);
        }
    }

    private static boolean isCriterion(String name) {
        for (Criterion c : Criterion.values()) {
            if (c.key().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void lots(JsonNode tenderNode, ObjectNode tender, Set<String> lotIds, Set<String> groupIds) {
        JsonNode lots = tenderNode.get("lots");
        if (!lots.isArray()) {
            problem("releases[0].tender.lots", "is not an array");
            return;
        }
        ArrayNode out = tender.putArray("lots");
        for (int i = 0; i < lots.size(); i++) {
            String at = "releases[0].tender.lots[" + i + "]";
            JsonNode l = lots.get(i);
            if (!l.isObject()) {
                problem(at, "is not an object");
                continue;
            }
            ObjectNode lot = out.addObject();
            String id = id(l, at, "id");
            if (id != null && !lotIds.add(id)) {
                problem(at + ".id", "repeats lot " + id);
            }
            lot.put("id", id);
            lot.put("title", text(l, at, "title", true));
            String site = text(l, at, "description", false);
            if (site != null) {
                lot.put("site", site);
            } else {
                need(ImportedCase.TENDER, "lots[" + i + "].site", "where the plant is to be built");
            }
            need(ImportedCase.TENDER, "lots[" + i + "].tonnesPerDay", "the waste the site delivers in the first "
                    + "operating year");
            need(ImportedCase.TENDER, "lots[" + i + "].guaranteedTonnesPerYear", "the tonnage the authority "
                    + "guarantees at the site");
        }
        JsonNode groups = tenderNode.get("lotGroups");
        if (groups != null && groups.isArray() && !groups.isEmpty()) {
            ArrayNode outGroups = tender.putArray("lotGroups");
            for (int i = 0; i < groups.size(); i++) {
                String at = "releases[0].tender.lotGroups[" + i + "]";
                JsonNode g = groups.get(i);
                ObjectNode group = outGroups.addObject();
                String id = id(g, at, "id");
                if (id != null && !groupIds.add(id)) {
                    problem(at + ".id", "repeats lot group " + id);
                }
                group.put("id", id);
                String title = text(g, at, "title", false);
                if (title != null) {
                    group.put("title", title);
                } else {
                    need(ImportedCase.TENDER, "lotGroups[" + i + "].title", "a title for the lot group");
                }
                group.set("relatedLots", lotList(g, at, lotIds));
            }
        } else if (groups != null && !groups.isArray()) {
            problem("releases[0].tender.lotGroups", "is not an array");
        }
        JsonNode cap = tenderNode.path("lotDetails").get("maximumLotsAwardedPerSupplier");
        if (cap != null && !cap.isNull()) {
            if (cap.isIntegralNumber() && cap.asInt() > 0) {
                tender.putObject("lotDetails").put("maximumLotsAwardedPerSupplier", cap.asInt());
            } else {
                problem("releases[0].tender.lotDetails.maximumLotsAwardedPerSupplier", "is not a whole number "
                        + "above 0");
            }
        }
    }

    private ArrayNode lotList(JsonNode n, String at, Set<String> lotIds) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        JsonNode related = n.get("relatedLots");
        if (related == null || !related.isArray()) {
            problem(at + ".relatedLots", "is required: an array of lot ids");
            return out;
        }
        for (int k = 0; k < related.size(); k++) {
            JsonNode lot = related.get(k);
            if (!lot.isTextual() || !lotIds.contains(lot.asText())) {
                problem(at + ".relatedLots[" + k + "]", "is not a lot of the tender (" + lot + ")");
            } else {
                out.add(lot.asText());
            }
        }
        return out;
    }

    // ---- the bids ----

    private Map<String, ObjectNode> bids(JsonNode release, Map<String, String> parties, Set<String> lotIds,
                                         Set<String> groupIds) {
        Map<String, ObjectNode> bids = new LinkedHashMap<>();
        JsonNode details = release.path("bids").get("details");
        if (details == null || !details.isArray() || details.isEmpty()) {
            problem("releases[0].bids.details", "is required: the bids (OCDS bids extension)");
            return bids;
        }
        if (details.size() > InputLimits.MAX_BIDS) {
            problem("releases[0].bids.details", "holds " + details.size() + " bids, over the " + InputLimits.MAX_BIDS
                    + " a case may have");
            return bids;
        }
        for (int i = 0; i < details.size(); i++) {
            String at = "releases[0].bids.details[" + i + "]";
            JsonNode b = details.get(i);
            if (!b.isObject()) {
                problem(at, "is not an object");
                continue;
            }
            ObjectNode bid = JsonNodeFactory.instance.objectNode();
            String id = id(b, at, "id");
            if (id != null && bids.containsKey(id)) {
                problem(at + ".id", "repeats bid " + id);
                continue;
            }
            bid.put("id", id);
            bid.put("bidder", bidder(b, at, parties));
            if (!lotIds.isEmpty()) {
                String group = text(b, at, "relatedLotGroup", false);
                if (group != null) {
                    if (!groupIds.contains(group)) {
                        problem(at + ".relatedLotGroup", "is not a lot group of the tender (" + group + ")");
                    }
                    bid.put("relatedLotGroup", group);
                } else {
                    bid.set("relatedLots", lotList(b, at, lotIds));
                }
            }
            if (id != null) {
                bids.put(id, bid);
                String f = ImportedCase.bidFile(id);
                need(f, "currency", "the currency the bid quotes its money in (the package's values are the "
                        + "evaluation's present values, not the bid's prices)");
                need(f, "plant", "the plant offered: technology, lines, capacity, combustion diagram, efficiency, "
                        + "auxiliary load, availability, emission guarantees, reference plants");
                need(f, "finance", "the bid's money: capex and its schedule, O&M, major maintenance, gate fee and "
                        + "its indexation, electricity tariff, replacements, residual value, financing");
                need(f, "jcm", "(optional) a JCM Model Project subsidy request");
            }
        }
        return bids;
    }

    private String bidder(JsonNode b, String at, Map<String, String> parties) {
        JsonNode tenderers = b.get("tenderers");
        if (tenderers == null || !tenderers.isArray() || tenderers.isEmpty() || !tenderers.get(0).isObject()) {
            problem(at + ".tenderers", "is required: the bidder (an organization reference)");
            return null;
        }
        if (tenderers.size() > 1) {
            problem(at + ".tenderers", "names " + tenderers.size() + " organizations; a wte-eval bid has one bidder "
                    + "(a consortium is named as one)");
        }
        JsonNode t = tenderers.get(0);
        String name = text(t, at + ".tenderers[0]", "name", false);
        String id = t.path("id").isValueNode() ? t.path("id").asText() : null;
        if (name == null && id != null) {
            name = parties.get(id);
        }
        if (name == null || name.isBlank()) {
            problem(at + ".tenderers[0]", "names no bidder: neither a name nor the id of a party with one");
        }
        return name;
    }

    // ---- fields ----

    private String text(JsonNode n, String at, String field, boolean required) {
        JsonNode v = n.get(field);
        String path = at.isEmpty() ? field : at + "." + field;
        if (v == null || v.isNull()) {
            if (required) {
                problem(path, "is required");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problem(path, "is not text (" + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ")");
            return null;
        }
        return v.asText();
    }

    private String id(JsonNode n, String at, String field) {
        String id = text(n, at, field, true);
        if (id != null && !ID.matcher(id).matches()) {
            problem(at + "." + field, "is not an id wte-eval can use as a file name: up to 64 letters, digits, "
                    + "'.', '_' or '-', starting with a letter or digit (" + id + ")");
            return null;
        }
        return id;
    }

    private void problem(String path, String message) {
        problems.add(new InputProblem(file, path, message));
    }

    private void need(String caseFile, String field, String what) {
        missing.add(new ImportedCase.Missing(caseFile, field, what));
    }
}
