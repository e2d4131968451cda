package org.wteval.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A tender as published by the authority ({@code tender.yaml}).
 *
 * @param country toolkit id of the country whose PPP guidance applies (e.g. {@code vn})
 * @param currency ISO 4217 code of the evaluation currency: every money figure is reported in it
 * @param baseYear year whose prices all bid money is quoted in; discounting is to the end of this year
 * @param exchangeRates units of the evaluation currency per unit of each other currency used by a bid or toolkit
 * @param weights criterion weights set by the tender, within the toolkit's bounds; empty to use the toolkit's
 * @param landfillCostPerTonne the authority's own landfill cost in the evaluation currency, or {@code null} to use
 *     the toolkit's
 * @param priceReference the authority's cost estimate and ceiling price, or {@code null} when the tender states none
 * @param alternativeDisposal what the authority pays to dispose of a tonne the plant does not treat, in any currency
 *     the tender has a rate for; replaces {@code landfillCostPerTonne} and the toolkit's default; {@code null} if
 *     not stated
 * @param supportFuelPrices evaluation prices of support fuels by fuel ({@link Bid#SUPPORT_FUELS}); every fuel a bid
 *     guarantees must have one
 * @param launchDate the day the invitation to bid was issued (YYYY-MM-DD): the law in force that day applies, so it
 *     chooses the toolkit's dated versions; {@code null} if not stated, allowed only under a toolkit without versions
 * @param uncertainty the distributions of the tender's uncertain inputs for the robust analysis, overriding the
 *     toolkit's variable by variable; {@code null} if not stated
 * @param lots the lots tendered together, as in the OCDS lots extension ({@code tender.lots}); empty for a tender
 *     of one site, which is evaluated as a whole
 * @param lotGroups the groups of lots that may be bid for as one package ({@code tender.lotGroups})
 * @param lotDetails the rules that apply across lots ({@code tender.lotDetails}); {@code null} if not stated
 */
public record Tender(String id, String title, String country, String currency, int baseYear,
                     Map<String, ExchangeRate> exchangeRates, Waste waste, Contract contract,
                     Map<String, Double> weights, Double landfillCostPerTonne, PriceReference priceReference,
                     AlternativeDisposal alternativeDisposal, Map<String, FuelPrice> supportFuelPrices,
                     String launchDate, UncertaintyBlock uncertainty, List<Lot> lots, List<LotGroup> lotGroups,
                     LotDetails lotDetails) {

    public Tender {
        lots = lots == null ? List.of() : List.copyOf(lots);
        lotGroups = lotGroups == null ? List.of() : List.copyOf(lotGroups);
        exchangeRates = exchangeRates == null ? new TreeMap<>() : new TreeMap<>(exchangeRates);
        weights = weights == null ? new TreeMap<>() : new TreeMap<>(weights);
        supportFuelPrices = supportFuelPrices == null ? new TreeMap<>() : new TreeMap<>(supportFuelPrices);
    }

    /** A tender of one site. */
    public Tender(String id, String title, String country, String currency, int baseYear,
                  Map<String, ExchangeRate> exchangeRates, Waste waste, Contract contract, Map<String, Double> weights,
                  Double landfillCostPerTonne, PriceReference priceReference, AlternativeDisposal alternativeDisposal,
                  Map<String, FuelPrice> supportFuelPrices, String launchDate, UncertaintyBlock uncertainty) {
        this(id, title, country, currency, baseYear, exchangeRates, waste, contract, weights, landfillCostPerTonne,
                priceReference, alternativeDisposal, supportFuelPrices, launchDate, uncertainty, null, null, null);
    }

    /** A tender of one site that declares no uncertainty block. */
    public Tender(String id, String title, String country, String currency, int baseYear,
                  Map<String, ExchangeRate> exchangeRates, Waste waste, Contract contract, Map<String, Double> weights,
                  Double landfillCostPerTonne, PriceReference priceReference, AlternativeDisposal alternativeDisposal,
                  Map<String, FuelPrice> supportFuelPrices, String launchDate) {
        this(id, title, country, currency, baseYear, exchangeRates, waste, contract, weights, landfillCostPerTonne,
                priceReference, alternativeDisposal, supportFuelPrices, launchDate, null, null, null, null);
    }

    /** Whether the tender is divided into lots, each awarded on its own. */
    public boolean hasLots() {
        return !lots.isEmpty();
    }

    /**
     * The tender of one lot: its site's waste and guaranteed tonnage in place of the whole tender's, the lot's
     * title, and no lots, so that the lot is evaluated exactly as a tender of one site is.
     */
    public Tender forLot(Lot lot) {
        Waste w = new Waste(lot.tonnesPerDay(), waste.growthPerYear(),
                lot.lhvMjPerKg() == null ? waste.lhvMjPerKg() : lot.lhvMjPerKg(), waste.moistureFraction(),
                waste.composition(), waste.weeklyVariationFraction(), waste.sourceSegregated());
        Contract c = new Contract(contract.modality(), contract.constructionYears(), contract.operationYears(),
                lot.guaranteedTonnesPerYear(), contract.electricityValuePerMwh());
        return new Tender(id + "/" + lot.id(), title + ": " + lot.title(), country, currency, baseYear, exchangeRates,
                w, c, weights, landfillCostPerTonne, priceReference, alternativeDisposal, supportFuelPrices,
                launchDate, uncertainty);
    }

    /**
     * One lot of a tender divided into lots (OCDS lots extension, {@code Lot}): a site with its own waste, awarded
     * on its own unless a package covering it is awarded.
     *
     * @param site where the plant is to be built
     * @param tonnesPerDay the waste the site delivers in the first operating year
     * @param lhvMjPerKg the site's waste LHV; {@code null} to use the tender's
     * @param guaranteedTonnesPerYear the tonnage the authority guarantees to deliver at this site (put-or-pay)
     * @param minimumScore the lowest total score a bid may have to be awarded this lot; {@code null} for none
     */
    public record Lot(String id, String title, String site, double tonnesPerDay, LhvInput lhvMjPerKg,
                      double guaranteedTonnesPerYear, Double minimumScore) {
    }

    /**
     * Lots that may be bid for together as one package (OCDS lots extension, {@code LotGroup}); a package bid wins
     * every lot of its group or none.
     *
     * @param relatedLots the ids of the lots in the group, each once
     */
    public record LotGroup(String id, String title, List<String> relatedLots) {

        public LotGroup {
            relatedLots = relatedLots == null ? List.of() : List.copyOf(relatedLots);
        }
    }

    /**
     * Rules across the lots (OCDS lots extension, {@code LotDetails}).
     *
     * @param maximumLotsAwardedPerSupplier the most lots one bidder may win; {@code null} for no limit
     */
    public record LotDetails(Integer maximumLotsAwardedPerSupplier) {
    }

    /** The same tender with the criterion weights it sets replaced (what-if analyses; still checked on resolve). */
    public Tender withWeights(Map<String, Double> criterionWeights) {
        return new Tender(id, title, country, currency, baseYear, exchangeRates, waste, contract, criterionWeights,
                landfillCostPerTonne, priceReference, alternativeDisposal, supportFuelPrices, launchDate, uncertainty, lots,
                lotGroups, lotDetails);
    }

    /** The same tender with another price reference (what-if analyses, tests). */
    public Tender withPriceReference(PriceReference replaced) {
        return new Tender(id, title, country, currency, baseYear, exchangeRates, waste, contract, weights,
                landfillCostPerTonne, replaced, alternativeDisposal, supportFuelPrices, launchDate, uncertainty, lots,
                lotGroups, lotDetails);
    }

    /** The same tender with another alternative-disposal cost (what-if analyses, tests). */
    public Tender withAlternativeDisposal(AlternativeDisposal replaced) {
        return new Tender(id, title, country, currency, baseYear, exchangeRates, waste, contract, weights,
                landfillCostPerTonne, priceReference, replaced, supportFuelPrices, launchDate, uncertainty, lots,
                lotGroups, lotDetails);
    }

    /** The same tender with other support-fuel prices (what-if analyses, tests). */
    public Tender withSupportFuelPrices(Map<String, FuelPrice> replaced) {
        return new Tender(id, title, country, currency, baseYear, exchangeRates, waste, contract, weights,
                landfillCostPerTonne, priceReference, alternativeDisposal, replaced, launchDate, uncertainty, lots, lotGroups,
                lotDetails);
    }

    /**
     * The price at which the tender evaluates a bid's guaranteed support-fuel consumption, per GJ of fuel at
     * base-year prices.
     *
     * @param currency the currency it is stated in; converted at the tender's rate
     * @param source the document that records it
     */
    public record FuelPrice(double pricePerGj, String currency, String source) {
    }

    /**
     * The authority's cost of disposing of a tonne the plant does not treat (landfill, haulage to another site, a
     * transfer fee), per tonne at base-year prices.
     *
     * @param currency the currency it is stated in; converted at the tender's rate
     * @param source the document that records it
     */
    public record AlternativeDisposal(double costPerTonne, String currency, String source) {
    }

    /** What a price reference is compared with. */
    public static final String AUTHORITY_COST_PER_TONNE = "authority-cost-per-tonne";
    public static final String LEVELISED_GATE_FEE = "levelised-gate-fee";

    /**
     * Prices the authority records with the tender, per tonne at base-year prices.
     *
     * @param basis {@link #AUTHORITY_COST_PER_TONNE} or {@link #LEVELISED_GATE_FEE}: the bid figure they compare with
     * @param currency the currency they are stated in; converted at the tender's rate
     * @param ownerEstimatePerTonne the authority's own cost estimate; {@code null} if not stated
     * @param ceilingPerTonne the highest price the authority will accept; {@code null} if not published
     */
    public record PriceReference(String basis, String currency, Double ownerEstimatePerTonne, Double ceilingPerTonne,
                                 String date, String source) {
    }

    /**
     * @param perUnit units of the evaluation currency for one unit of the foreign currency
     * @param date the date the rate was fixed, as the tender documents state it
     */
    public record ExchangeRate(double perUnit, String date, String source) {
    }

    /**
     * The waste the city will deliver.
     *
     * @param growthPerYear yearly growth of the tonnes delivered, as a fraction
     * @param composition wet-basis mass fractions by IPCC waste type (used by GHG accounting)
     * @param weeklyVariationFraction largest weekly deviation of supply from its mean, if surveyed
     * @param sourceSegregated whether the waste delivered is segregated at source (residual fraction only)
     */
    public record Waste(double tonnesPerDay, double growthPerYear, LhvInput lhvMjPerKg, double moistureFraction,
                        SortedMap<String, Double> composition, Double weeklyVariationFraction,
                        boolean sourceSegregated) {
    }

    /**
     * The lower heating value of the waste as received, either as percentiles of the year ({@code P10: 5.9}) or as
     * twelve monthly means; exactly one is given.
     */
    public record LhvInput(SortedMap<String, Double> percentiles, List<Double> monthly) {

        public LhvInput {
            monthly = monthly == null ? null : List.copyOf(monthly);
        }
    }

    /**
     * @param modality PPP modality (BOT, BOO, DBO, ...)
     * @param guaranteedTonnesPerYear tonnage the authority guarantees to deliver (put-or-pay basis)
     * @param electricityValuePerMwh under DBO, what a MWh exported is worth to the authority; {@code null} if unstated
     */
    public record Contract(String modality, int constructionYears, int operationYears,
                           double guaranteedTonnesPerYear, Double electricityValuePerMwh) {
    }
}
