package org.wteval.optimise.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wteval.model.Bid;
import org.wteval.model.CaseSource;
import org.wteval.model.Committee;
import org.wteval.model.SourceLocation;
import org.wteval.model.SourceMap;
import org.wteval.model.Tender;

/**
 * One lot of a tender divided into lots as a case of one site: the lot's tender ({@link Tender#forLot}), the bids
 * covering it (a package bid covers every lot of its group), and the committee's decisions and scores on those bids.
 * Its fields are named in the user's own files: bid {@code k} of the lot is the case's bid it came from, the site's
 * waste and guaranteed tonnage are the lot's fields in {@code tender.yaml}, a decision keeps its place in
 * {@code committee.yaml}.
 */
final class LotCase {

    private static final Pattern DECISION = Pattern.compile("^decisions\\[(\\d+)](.*)$");

    private LotCase() {
    }

    /** The case of lot {@code lotIndex} of {@code source}. */
    static CaseSource of(CaseSource source, int lotIndex) {
        Tender tender = source.tender();
        Tender.Lot lot = tender.lots().get(lotIndex);
        List<Bid> bids = new ArrayList<>();
        List<Integer> bidIndex = new ArrayList<>();
        for (int i = 0; i < source.bids().size(); i++) {
            Bid b = source.bids().get(i);
            if (b.coveredLots(tender.lotGroups()).contains(lot.id())) {
                // As a bid for a tender of one site: the lot fields are the award's, not the lot's evaluation's.
                bids.add(new Bid(b.id(), b.bidder(), b.currency(), b.plant(), b.finance(), b.jcm()));
                bidIndex.add(i);
            }
        }
        List<String> ids = bids.stream().map(Bid::id).toList();
        Committee committee = source.committee();
        List<Committee.Decision> decisions = new ArrayList<>();
        List<Integer> decisionIndex = new ArrayList<>();
        for (int i = 0; i < committee.decisions().size(); i++) {
            if (ids.contains(committee.decisions().get(i).bidId())) {
                decisions.add(committee.decisions().get(i));
                decisionIndex.add(i);
            }
        }
        List<Committee.ScoreSheet> sheets = new ArrayList<>();
        for (Committee.ScoreSheet s : committee.scoreSheets()) {
            SortedMap<String, SortedMap<String, Double>> scores = new TreeMap<>(s.scores());
            scores.keySet().retainAll(ids);
            sheets.add(new Committee.ScoreSheet(s.evaluator(),
                    s.conflicts().stream().filter(ids::contains).toList(), scores));
        }
        SourceMap at = new Sources(source.sources(), lotIndex, lot.lhvMjPerKg() != null, bidIndex, decisionIndex);
        return new CaseSource(tender.forLot(lot), bids, new Committee(decisions, sheets), at, source.files(),
                List.of());
    }

    /** The lot's fields named where the user wrote them. */
    private record Sources(SourceMap whole, int lot, boolean ownLhv, List<Integer> bids, List<Integer> decisions)
            implements SourceMap {

        /** The tender fields {@link Tender#forLot} takes from the lot instead of the tender. */
        private static final Map<String, String> FROM_LOT = Map.of("waste.tonnesPerDay", "tonnesPerDay",
                "contract.guaranteedTonnesPerYear", "guaranteedTonnesPerYear");

        @Override
        public SourceLocation tender(String fieldPath) {
            String lotField = FROM_LOT.get(fieldPath);
            if (lotField == null && ownLhv && fieldPath.startsWith("waste.lhvMjPerKg")) {
                lotField = fieldPath.substring("waste.".length());
            }
            return whole.tender(lotField == null ? fieldPath : "lots[" + lot + "]." + lotField);
        }

        @Override
        public SourceLocation bid(int index, String fieldPath) {
            return whole.bid(bids.get(index), fieldPath);
        }

        @Override
        public SourceLocation committee(String fieldPath) {
            Matcher m = DECISION.matcher(fieldPath);
            return whole.committee(m.matches()
                    ? "decisions[" + decisions.get(Integer.parseInt(m.group(1))) + "]" + m.group(2) : fieldPath);
        }

        @Override
        public SourceLocation scoreSheet(int index, String fieldPath) {
            return whole.scoreSheet(index, fieldPath);
        }
    }
}
