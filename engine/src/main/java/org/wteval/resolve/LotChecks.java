package org.wteval.resolve;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wteval.model.Bid;
import org.wteval.model.CaseSource;
import org.wteval.model.Committee;
import org.wteval.model.InputProblem;
import org.wteval.model.SourceMap;
import org.wteval.model.Tender;

/**
 * The checks across files of a tender divided into lots (OCDS lots extension): lot and lot-group ids are unique, a
 * group names known lots each once, every bid names the lots or the one group it covers and only known ones, one
 * bidder states one build capacity, and each award the committee fixed names a known lot and a bid covering it. A
 * tender of one site may carry none of these fields. Every problem is added, none stops the others.
 */
public final class LotChecks {

    private LotChecks() {
    }

    public static void check(CaseSource source, List<InputProblem> problems) {
        Tender tender = source.tender();
        if (tender == null) {
            return;
        }
        SourceMap at = source.sources();
        if (!tender.hasLots()) {
            checkSingleSite(source, problems);
            return;
        }
        Set<String> lots = uniqueIds(tender.lots().stream().map(Tender.Lot::id).toList(), "lots", "lot", at,
                problems);
        Set<String> groups = uniqueIds(tender.lotGroups().stream().map(Tender.LotGroup::id).toList(), "lotGroups",
                "lot group", at, problems);
        for (int g = 0; g < tender.lotGroups().size(); g++) {
            checkLotList(tender.lotGroups().get(g).relatedLots(), lots, at.tender("lotGroups[" + g + "].relatedLots"),
                    "lot group", problems);
        }
        Map<String, Double> capacityByBidder = new HashMap<>();
        Map<String, String> capacityFirstStated = new HashMap<>();
        for (int i = 0; i < source.bids().size(); i++) {
            Bid bid = source.bids().get(i);
            boolean hasLots = !bid.relatedLots().isEmpty();
            boolean hasGroup = bid.relatedLotGroup() != null;
            if (hasLots == hasGroup) {
                problems.add(InputProblem.at(at.bid(i, hasLots ? "relatedLotGroup" : "relatedLots"),
                        "a bid for a tender with lots names either the lots it is offered for (relatedLots) or the "
                                + "one lot group it is a package bid for (relatedLotGroup), not "
                                + (hasLots ? "both" : "neither")));
            }
            if (hasLots) {
                checkLotList(bid.relatedLots(), lots, at.bid(i, "relatedLots"), "bid", problems);
            }
            if (hasGroup && !groups.contains(bid.relatedLotGroup())) {
                problems.add(InputProblem.at(at.bid(i, "relatedLotGroup"),
                        "names lot group '" + bid.relatedLotGroup() + "', which the tender does not have"));
            }
            Double capacity = bid.buildCapacityTonnesPerDay();
            if (capacity != null) {
                Double earlier = capacityByBidder.putIfAbsent(bid.bidder(), capacity);
                capacityFirstStated.putIfAbsent(bid.bidder(), bid.id());
                if (earlier != null && !earlier.equals(capacity)) {
                    problems.add(InputProblem.at(at.bid(i, "buildCapacityTonnesPerDay"), String.format(Locale.ROOT,
                            "bidder %s states a build capacity of %s t/d here but %s t/d in bid %s; one bidder has "
                                    + "one capacity", bid.bidder(), plain(capacity), plain(earlier),
                            capacityFirstStated.get(bid.bidder()))));
                }
            }
        }
        checkFixedAwards(source, lots, problems);
    }

    /** Ids in declaration order; a repeated id is a problem at its second place. */
    private static Set<String> uniqueIds(List<String> ids, String list, String what, SourceMap at,
                                         List<InputProblem> problems) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                problems.add(InputProblem.at(at.tender(list + "[" + i + "].id"),
                        what + " id '" + ids.get(i) + "' is used twice"));
            }
        }
        return seen;
    }

    private static void checkLotList(List<String> named, Set<String> lots, org.wteval.model.SourceLocation where,
                                     String owner, List<InputProblem> problems) {
        Set<String> seen = new LinkedHashSet<>();
        for (String lot : named) {
            if (!lots.contains(lot)) {
                problems.add(InputProblem.at(where, "names lot '" + lot + "', which the tender does not have"));
            } else if (!seen.add(lot)) {
                problems.add(InputProblem.at(where, "names lot '" + lot + "' twice; a " + owner
                        + " covers each lot once"));
            }
        }
    }

    private static void checkFixedAwards(CaseSource source, Set<String> lots, List<InputProblem> problems) {
        SourceMap at = source.sources();
        Map<String, Bid> bids = new TreeMap<>();
        source.bids().forEach(b -> bids.put(b.id(), b));
        Set<String> fixed = new LinkedHashSet<>();
        List<Committee.LotAward> awards = source.committee().lotAwards();
        for (int i = 0; i < awards.size(); i++) {
            Committee.LotAward award = awards.get(i);
            if (!lots.contains(award.lot())) {
                problems.add(InputProblem.at(at.committee("lotAwards[" + i + "].lot"),
                        "names lot '" + award.lot() + "', which the tender does not have"));
                continue;
            }
            if (!fixed.add(award.lot())) {
                problems.add(InputProblem.at(at.committee("lotAwards[" + i + "].lot"),
                        "lot '" + award.lot() + "' is awarded twice"));
            }
            Bid bid = bids.get(award.bidId());
            if (bid == null) {
                problems.add(InputProblem.at(at.committee("lotAwards[" + i + "].bidId"),
                        "names bid '" + award.bidId() + "', which the case does not have"));
            } else if (!bid.coveredLots(source.tender().lotGroups()).contains(award.lot())) {
                problems.add(InputProblem.at(at.committee("lotAwards[" + i + "].bidId"),
                        "bid '" + award.bidId() + "' is not offered for lot '" + award.lot() + "'"));
            }
        }
    }

    /** A tender of one site: no bid names lots, and the committee fixes no lot award. */
    private static void checkSingleSite(CaseSource source, List<InputProblem> problems) {
        SourceMap at = source.sources();
        Tender tender = source.tender();
        if (!tender.lotGroups().isEmpty()) {
            problems.add(InputProblem.at(at.tender("lotGroups"), "groups lots, but the tender has none (lots)"));
        }
        if (tender.lotDetails() != null) {
            problems.add(InputProblem.at(at.tender("lotDetails"), "sets rules across lots, but the tender has none "
                    + "(lots)"));
        }
        for (int i = 0; i < source.bids().size(); i++) {
            Bid bid = source.bids().get(i);
            if (!bid.relatedLots().isEmpty()) {
                problems.add(InputProblem.at(at.bid(i, "relatedLots"), "names lots, but the tender has none"));
            }
            if (bid.relatedLotGroup() != null) {
                problems.add(InputProblem.at(at.bid(i, "relatedLotGroup"), "names a lot group, but the tender has "
                        + "none"));
            }
        }
        if (!source.committee().lotAwards().isEmpty()) {
            problems.add(InputProblem.at(at.committee("lotAwards"), "awards lots, but the tender has none"));
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
