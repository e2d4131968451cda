package org.wteval.report.ocds;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.wteval.model.Bid;
import org.wteval.model.Committee;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;
import org.wteval.model.Tender;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;
import org.wteval.scoring.CriterionScore;

/**
 * Renders {@code ocds-release-package.json}: one OCDS 1.1 release of the contracting process, tagged
 * {@code tender} and, once a bid ranks first, {@code award}.
 *
 * <p>Where OCDS leaves a choice, these are the choices and why:
 * <ul>
 * <li><b>Identifiers.</b> The ocid is the publisher's prefix, a hyphen and the tender's id. OCDS prefixes are
 *     registered with the Open Contracting Partnership; {@link #DEFAULT_OCID_PREFIX} is not one, so a publisher passes
 *     its own ({@code --ocid-prefix}). Parties are {@code buyer} and {@code tenderer-1}, {@code tenderer-2}... in the
 *     order of the bidders' first bids by bid id: names are free text and make poor identifiers.</li>
 * <li><b>Dates.</b> The release date and the package's {@code publishedDate} are the latest date the case states
 *     (launch date, price reference, exchange rates, the committee's decisions), at midnight UTC, or 1 January of the
 *     base year when it states none: an evaluation cannot predate what it relies on, and the clock would make every
 *     run's bytes differ.</li>
 * <li><b>Lots and award criteria.</b> The award criteria breakdown extension attaches criteria to lots only, so a
 *     tender without lots is published as one lot whose id is the tender's id (the importer reads such a package as a
 *     tender without lots). The criteria are the three the toolkit scores, efficiency and stability as quality and
 *     lifecycle as cost, each weighted as a decimal fraction; the evaluation method's formula is
 *     {@code tender.awardCriteriaDetails} and each lot's {@code weightingDescription}. A method that weighs no
 *     criteria ranks by cost alone (lowest lifecycle cost): it is {@code costOnly} with the lifecycle criterion only;
 *     every other method is {@code ratedCriteria}.</li>
 * <li><b>The value of a bid.</b> {@code bids.details[].value} and {@code awards[].value} are the present value of
 *     what the authority pays over the contract under the bid (gate fees, shortfall payments, disposal of the waste
 *     the plant does not treat; base-year prices discounted at the evaluation's rate), in the evaluation currency.
 *     The tendered gate fee is a price per tonne, not the total OCDS asks for, and the bids quote it in their own
 *     currencies and indexation; the present value is one comparable sum, and the figure a lot award adds up. A bid
 *     for several lots has one value per lot, so its {@code value} is left out and each lot's is in its rank.</li>
 * <li><b>Status.</b> A bid the evaluation ranked (at any of its lots) is {@code valid}; one it disqualified or the
 *     committee rejected as abnormally low is {@code disqualified}. An award on a ranking still waiting for the
 *     committee's decision on an abnormally low bid is {@code pending}, otherwise {@code active}; the tender is then
 *     {@code active}, or {@code complete} once every award is final, or {@code unsuccessful} with no award.</li>
 * <li><b>PPP evaluation indicators</b> (OCDS for PPPs, {@code awards[].evaluationIndicators}): the toolkit's real
 *     discount rate, and as net present value the project's NPV under the awarded bid at that rate, each with its
 *     formula in the details.</li>
 * <li><b>Scores and ranks</b> have no OCDS field (open-contracting/standard issue 1546): they are in
 *     {@code bids.details[].scores} and {@code ranks} of the wte-eval evaluation details extension.</li>
 * </ul>
 */
public final class OcdsReleasePackage {

    public static final String FILE = "ocds-release-package.json";

    /** Not a registered prefix: a publisher replaces it with its own. */
    public static final String DEFAULT_OCID_PREFIX = "ocds-wteval";

    /** The project's extension until a publisher hosts it and passes its URL ({@code --extension-url}). */
    public static final String DEFAULT_EXTENSION_URL = "urn:wte-eval:ocds:evaluation-details-extension";

    /** The extensions every package uses, as publishers declare them (identifiers here; never fetched). */
    public static final List<String> OFFICIAL_EXTENSIONS = List.of(
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json",
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json",
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_awardCriteria_extension/master/"
                    + "extension.json",
            "https://standard.open-contracting.org/profiles/ppp/extension/1__0__0__beta3/extension.json");

    public static final String BUYER_ID = "buyer";

    private static final Pattern PREFIX = Pattern.compile("^[A-Za-z0-9]+-[A-Za-z0-9]+$");

    private static final Map<Criterion, String> DESCRIPTIONS = Map.of(
            Criterion.EFFICIENCY, "Generation efficiency: the net electricity the plant exports per tonne of the "
                    + "tender's waste.",
            Criterion.STABILITY, "Operational stability: how much of the tender's waste the plant treats stably "
                    + "across the year's range of waste heating values.",
            Criterion.LIFECYCLE, "Lifecycle cost: what the authority pays over the contract, at base-year prices.");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    /**
     * Who publishes, and under which identifiers.
     *
     * @param ocidPrefix the publisher's registered ocid prefix, e.g. {@code ocds-213czf}
     * @param publisher the publishing organisation's name
     * @param buyer the contracting authority's name
     * @param packageUri the package's URI; {@code null} for {@code urn:ocid:} and the ocid
     * @param extensionUrl where the publisher hosts the wte-eval extension's {@code extension.json}
     */
    public record Publication(String ocidPrefix, String publisher, String buyer, String packageUri,
                              String extensionUrl) {

        /** What {@code wte export-ocds} uses when no option says otherwise. */
        public static Publication defaults() {
            return new Publication(DEFAULT_OCID_PREFIX, "wte-eval", "Contracting authority (not named in the case)",
                    null, DEFAULT_EXTENSION_URL);
        }

        /** Why the prefix cannot make an ocid, or {@code null} when it can. */
        public String prefixProblem() {
            return PREFIX.matcher(ocidPrefix).matches() ? null
                    : "is not an ocid prefix: letters and digits, a hyphen, letters and digits (e.g. ocds-213czf)";
        }
    }

    private OcdsReleasePackage() {
    }

    /** The package's bytes: UTF-8 JSON, fields in a fixed order, ending with a newline. */
    public static byte[] render(OcdsOutcome outcome, Publication publication) {
        try {
            return (MAPPER.writeValueAsString(tree(outcome, publication)) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    /** The package as a tree. */
    public static ObjectNode tree(OcdsOutcome outcome, Publication publication) {
        Tender tender = outcome.source().tender();
        String ocid = publication.ocidPrefix() + "-" + tender.id();
        String date = releaseDate(outcome);
        ObjectNode pkg = MAPPER.createObjectNode();
        pkg.put("uri", publication.packageUri() != null ? publication.packageUri() : "urn:ocid:" + ocid);
        pkg.put("version", "1.1");
        ArrayNode extensions = pkg.putArray("extensions");
        OFFICIAL_EXTENSIONS.forEach(extensions::add);
        extensions.add(publication.extensionUrl());
        pkg.put("publishedDate", date);
        pkg.putObject("publisher").put("name", publication.publisher());
        ObjectNode release = pkg.putArray("releases").addObject();
        release.put("ocid", ocid);
        release.put("id", "evaluation-" + date.substring(0, 10));
        release.put("date", date);
        ArrayNode tag = release.putArray("tag").add("tender");
        if (!outcome.awards().isEmpty()) {
            tag.add("award");
        }
        release.put("initiationType", "tender");
        Map<String, String> partyIds = partyIds(outcome.source().bids());
        parties(release.putArray("parties"), publication, partyIds, outcome);
        ObjectNode buyer = release.putObject("buyer");
        buyer.put("id", BUYER_ID).put("name", publication.buyer());
        tender(release.putObject("tender"), outcome, publication, partyIds);
        bids(release.putObject("bids").putArray("details"), outcome, partyIds);
        if (!outcome.awards().isEmpty()) {
            awards(release.putArray("awards"), outcome, partyIds);
        }
        return pkg;
    }

    // ---- dates and parties ----

    /** The latest ISO date the case states, as an OCDS date-time; 1 January of the base year if it states none. */
    static String releaseDate(OcdsOutcome outcome) {
        Tender t = outcome.source().tender();
        List<String> stated = new ArrayList<>();
        stated.add(t.launchDate());
        if (t.priceReference() != null) {
            stated.add(t.priceReference().date());
        }
        t.exchangeRates().values().forEach(r -> stated.add(r.date()));
        Committee c = outcome.source().committee();
        c.decisions().forEach(d -> stated.add(d.date()));
        c.lotAwards().forEach(a -> stated.add(a.date()));
        LocalDate latest = LocalDate.of(t.baseYear(), 1, 1);
        boolean any = false;
        for (String s : stated) {
            Optional<LocalDate> d = isoDate(s);
            if (d.isPresent() && (!any || d.get().isAfter(latest))) {
                latest = d.get();
                any = true;
            }
        }
        return latest + "T00:00:00Z";
    }

    private static Optional<LocalDate> isoDate(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }

    /** {@code tenderer-n} for each bidder, numbered in the order of their first bids by bid id. */
    static Map<String, String> partyIds(List<Bid> bids) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Bid b : byId(bids)) {
            ids.putIfAbsent(b.bidder(), "tenderer-" + (ids.size() + 1));
        }
        return ids;
    }

    private static List<Bid> byId(List<Bid> bids) {
        return bids.stream().sorted(Comparator.comparing(Bid::id)).toList();
    }

    private static void parties(ArrayNode out, Publication publication, Map<String, String> partyIds,
                                OcdsOutcome outcome) {
        ObjectNode buyer = out.addObject();
        buyer.put("id", BUYER_ID).put("name", publication.buyer());
        buyer.putArray("roles").add("buyer").add("procuringEntity");
        Set<String> suppliers = new TreeSet<>();
        for (OcdsOutcome.Awarded a : outcome.awards()) {
            suppliers.add(bid(outcome, a.bidId()).bidder());
        }
        for (Map.Entry<String, String> p : partyIds.entrySet()) {
            ObjectNode party = out.addObject();
            party.put("id", p.getValue()).put("name", p.getKey());
            ArrayNode roles = party.putArray("roles").add("tenderer");
            if (suppliers.contains(p.getKey())) {
                roles.add("supplier");
            }
        }
    }

    private static ObjectNode reference(ObjectNode n, String bidder, Map<String, String> partyIds) {
        return n.put("id", partyIds.get(bidder)).put("name", bidder);
    }

    // ---- the tender ----

    private static void tender(ObjectNode n, OcdsOutcome outcome, Publication publication,
                               Map<String, String> partyIds) {
        Tender t = outcome.source().tender();
        Evaluation any = outcome.rankings().get(0).evaluation();
        n.put("id", t.id());
        n.put("title", t.title());
        n.put("status", tenderStatus(outcome));
        n.putObject("procuringEntity").put("id", BUYER_ID).put("name", publication.buyer());
        boolean costOnly = !weighs(any);
        n.put("awardCriteria", costOnly ? "costOnly" : "ratedCriteria");
        n.put("awardCriteriaDetails", methodText(any));
        isoDate(t.launchDate()).ifPresent(d -> n.putObject("tenderPeriod").put("startDate", d + "T00:00:00Z"));
        ArrayNode tenderers = n.putArray("tenderers");
        partyIds.forEach((name, id) -> tenderers.addObject().put("id", id).put("name", name));
        n.put("numberOfTenderers", partyIds.size());
        ArrayNode lots = n.putArray("lots");
        if (!t.hasLots()) {
            ObjectNode lot = lots.addObject();
            lot.put("id", t.id()).put("title", t.title());
            awardCriteria(lot.putObject("awardCriteria"), any, costOnly);
            return;
        }
        for (Tender.Lot l : t.lots()) {
            ObjectNode lot = lots.addObject();
            lot.put("id", l.id()).put("title", l.title()).put("description", l.site());
            awardCriteria(lot.putObject("awardCriteria"), any, costOnly);
        }
        if (!t.lotGroups().isEmpty()) {
            ArrayNode groups = n.putArray("lotGroups");
            for (Tender.LotGroup g : t.lotGroups()) {
                ObjectNode group = groups.addObject();
                group.put("id", g.id());
                g.relatedLots().forEach(group.putArray("relatedLots")::add);
                group.put("title", g.title());
            }
        }
        if (t.lotDetails() != null && t.lotDetails().maximumLotsAwardedPerSupplier() != null) {
            n.putObject("lotDetails").put("maximumLotsAwardedPerSupplier",
                    t.lotDetails().maximumLotsAwardedPerSupplier());
        }
    }

    private static String tenderStatus(OcdsOutcome outcome) {
        if (outcome.awards().isEmpty()) {
            return "unsuccessful";
        }
        boolean pending = outcome.awards().stream().anyMatch(a -> ranking(outcome, a.lot()).provisional());
        return pending ? "active" : "complete";
    }

    private static String methodText(Evaluation e) {
        return e.method().name() + ": " + e.method().formula() + " (" + e.method().unit() + ", "
                + (e.method().higherIsBetter() ? "highest" : "lowest") + " first)";
    }

    /** The criteria the method scores; the weights only when it weighs them. */
    private static void awardCriteria(ObjectNode n, Evaluation e, boolean costOnly) {
        n.put("weightingDescription", methodText(e));
        ArrayNode criteria = n.putArray("criteria");
        boolean weighted = weighs(e);
        for (Criterion c : Criterion.values()) {
            if (costOnly && c != Criterion.LIFECYCLE) {
                continue;
            }
            ObjectNode criterion = criteria.addObject();
            criterion.put("type", c == Criterion.LIFECYCLE ? "cost" : "quality");
            criterion.put("name", c.key());
            criterion.put("description", DESCRIPTIONS.get(c));
            if (weighted) {
                criterion.putArray("numbers").addObject().put("number", e.weights().get(c).value())
                        .put("weight", "decimalExact");
            }
        }
    }

    private static boolean weighs(Evaluation e) {
        for (double w : e.method().weightVector()) {
            if (w != 0) {
                return true;
            }
        }
        return false;
    }

    // ---- the bids ----

    private static void bids(ArrayNode out, OcdsOutcome outcome, Map<String, String> partyIds) {
        Tender t = outcome.source().tender();
        for (Bid b : byId(outcome.source().bids())) {
            ObjectNode n = out.addObject();
            n.put("id", b.id());
            List<BidEvaluation> evaluated = new ArrayList<>();
            List<String> atLots = new ArrayList<>();
            for (OcdsOutcome.LotRanking r : outcome.rankings()) {
                find(r.evaluation(), b.id()).ifPresent(be -> {
                    evaluated.add(be);
                    atLots.add(r.lot());
                });
            }
            n.put("status", evaluated.stream().anyMatch(be -> be.ranking() != null) ? "valid" : "disqualified");
            reference(n.putArray("tenderers").addObject(), b.bidder(), partyIds);
            String currency = t.currency();
            if (!t.hasLots() && !evaluated.isEmpty()) {
                value(n.putObject("value"), evaluated.get(0), currency);
            }
            if (t.hasLots()) {
                b.coveredLots(t.lotGroups()).forEach(n.putArray("relatedLots")::add);
                if (b.relatedLotGroup() != null) {
                    n.put("relatedLotGroup", b.relatedLotGroup());
                }
            }
            ArrayNode ranks = MAPPER.createArrayNode();
            ArrayNode scores = MAPPER.createArrayNode();
            for (int i = 0; i < evaluated.size(); i++) {
                BidEvaluation be = evaluated.get(i);
                if (be.ranking() == null) {
                    continue;
                }
                String lot = atLots.get(i);
                Evaluation e = ranking(outcome, lot);
                ObjectNode rank = ranks.addObject();
                if (lot != null) {
                    rank.put("relatedLot", lot);
                }
                rank.put("rank", be.ranking().rank());
                rank.put("total", be.ranking().total());
                rank.put("totalUnit", e.method().unit());
                value(rank.putObject("value"), be, currency);
                boolean weighted = weighs(e);
                for (CriterionScore s : be.scores()) {
                    ObjectNode score = scores.addObject();
                    score.put("criterion", s.criterion().key());
                    if (lot != null) {
                        score.put("relatedLot", lot);
                    }
                    score.put("score", s.score());
                    if (weighted) {
                        score.put("weight", e.weights().get(s.criterion()).value());
                    } else {
                        score.putNull("weight");
                    }
                    score.put("rawValue", s.rawValue());
                    score.put("unit", s.rawUnit());
                    score.put("method", s.formula());
                }
            }
            if (!ranks.isEmpty()) {
                n.set("ranks", ranks);
                n.set("scores", scores);
            }
        }
    }

    private static void value(ObjectNode n, BidEvaluation be, String currency) {
        n.put("amount", money(be.metrics().lifecycle().authorityPv().value()));
        n.put("currency", currency);
    }

    /** Money to the cent: the present values are sums of many discounted flows, and cents are what is paid. */
    private static java.math.BigDecimal money(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    // ---- the awards ----

    private static void awards(ArrayNode out, OcdsOutcome outcome, Map<String, String> partyIds) {
        for (OcdsOutcome.Awarded a : outcome.awards()) {
            Evaluation e = ranking(outcome, a.lot());
            BidEvaluation be = find(e, a.bidId()).orElseThrow();
            Bid bid = bid(outcome, a.bidId());
            ObjectNode n = out.addObject();
            n.put("id", a.lot() == null ? "award-" + a.bidId() : "award-" + a.lot() + "-" + a.bidId());
            n.put("title", a.lot() == null ? outcome.source().tender().title()
                    : outcome.source().tender().title() + ": lot " + a.lot());
            n.put("status", e.provisional() ? "pending" : "active");
            value(n.putObject("value"), be, e.tender().currency());
            reference(n.putArray("suppliers").addObject(), bid.bidder(), partyIds);
            n.put("relatedBid", a.bidId());
            if (a.lot() != null) {
                n.putArray("relatedLots").add(a.lot());
            }
            indicators(n.putObject("evaluationIndicators"), e, be);
        }
    }

    private static void indicators(ObjectNode n, Evaluation e, BidEvaluation be) {
        Figure real = e.tender().param("finance.discountRateReal");
        Figure nominal = be.metrics().lifecycle().discountRateNominal();
        Figure npv = be.metrics().lifecycle().npvProject();
        n.put("discountRate", real.value());
        n.put("discountRateDetails", "The real discount rate of the evaluation (toolkit finance.discountRateReal: "
                + real.source() + "). Cash flows in nominal terms are discounted at the equivalent nominal rate "
                + new java.math.BigDecimal(nominal.value()).round(new java.math.MathContext(6)).stripTrailingZeros()
                        .toPlainString() + " = " + nominal.formula() + ".");
        n.putObject("netPresentValue").put("amount", money(npv.value())).put("currency", e.tender().currency());
        n.put("netPresentValueDetails", "The project's net present value under the awarded bid, at the "
                + "evaluation's discount rate: " + npv.formula() + ". Its inputs and every other figure are in the "
                + "evaluation report (wte evaluate).");
    }

    // ---- look-ups ----

    private static Evaluation ranking(OcdsOutcome outcome, String lot) {
        return outcome.rankings().stream().filter(r -> java.util.Objects.equals(r.lot(), lot)).findFirst()
                .orElseThrow().evaluation();
    }

    private static Optional<BidEvaluation> find(Evaluation e, String bidId) {
        return e.bids().stream().filter(b -> b.bidId().equals(bidId)).findFirst();
    }

    private static Bid bid(OcdsOutcome outcome, String bidId) {
        return outcome.source().bids().stream().filter(b -> b.id().equals(bidId)).findFirst().orElseThrow();
    }
}
