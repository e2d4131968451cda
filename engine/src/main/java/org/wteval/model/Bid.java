package org.wteval.model;

import java.util.List;
import java.util.SortedMap;

/**
 * A bid as submitted ({@code bids/*.yaml}). Money is in the bid's own {@link #currency}, at base-year prices
 * unless a field says otherwise.
 *
 * @param relatedLots in a tender with lots, the lots the bid is offered for, each of which may be awarded to it on
 *     its own (OCDS bids extension, {@code BidDetail.relatedLots}); empty otherwise
 * @param relatedLotGroup in a tender with lots, the lot group the bid is a package bid for: it is offered, at its
 *     own price, for every lot of the group together and wins all of them or none; {@code null} otherwise
 * @param buildCapacityTonnesPerDay the most plant capacity the bidder can build at once, over all the lots it wins;
 *     {@code null} for no limit stated
 */
public record Bid(String id, String bidder, String currency, Plant plant, Finance finance, Jcm jcm,
                  List<String> relatedLots, String relatedLotGroup, Double buildCapacityTonnesPerDay) {

    public Bid {
        relatedLots = relatedLots == null ? List.of() : List.copyOf(relatedLots);
    }

    /** A bid for a tender of one site. */
    public Bid(String id, String bidder, String currency, Plant plant, Finance finance, Jcm jcm) {
        this(id, bidder, currency, plant, finance, jcm, null, null, null);
    }

    /** The lots the bid covers: its related lots, or the lots of its package's group. */
    public List<String> coveredLots(List<Tender.LotGroup> groups) {
        if (relatedLotGroup == null) {
            return relatedLots;
        }
        return groups.stream().filter(g -> g.id().equals(relatedLotGroup)).findFirst()
                .map(Tender.LotGroup::relatedLots).orElse(List.of());
    }

    /**
     * A request for a JCM Model Project subsidy.
     *
     * @param subsidyRequested in the bid's currency
     * @param legalDurableYears the equipment's legal durable years, over which reductions count for
     *     cost-effectiveness
     */
    public record Jcm(double subsidyRequested, int legalDurableYears) {
    }

    /**
     * The plant offered.
     *
     * @param capacityTonnesPerDay nameplate capacity the bidder declares, at design LHV
     * @param grossElectricalEfficiency gross electrical output over fuel energy input at the design point
     * @param auxiliaryLoadMw the plant's own electrical consumption with all lines running
     * @param availabilityHoursPerYear guaranteed operating hours per line per year
     * @param emissionGuarantees guaranteed daily-average stack concentrations by pollutant (mg/Nm3 at 11% O2 dry;
     *     dioxins/furans in ng I-TEQ/Nm3)
     * @param continuousEmissionMonitoring whether the bid offers continuous emission monitoring (CEMS)
     * @param supportFuel the support firing the bid guarantees below its minimum LHV; {@code null} for none
     */
    public record Plant(String technology, int lines, double capacityTonnesPerDay,
                        CombustionDiagram combustionDiagram, double grossElectricalEfficiency,
                        double auxiliaryLoadMw, double availabilityHoursPerYear,
                        SortedMap<String, Double> emissionGuarantees, List<ReferencePlant> referencePlants,
                        boolean continuousEmissionMonitoring, SupportFuel supportFuel) {

        public Plant {
            referencePlants = referencePlants == null ? List.of() : List.copyOf(referencePlants);
        }
    }

    /**
     * The firing diagram of one line: the window of waste LHV it burns stably without support fuel, and its
     * thermal and mechanical limits.
     *
     * @param minLoadShareOfMcr the lowest thermal load a line holds stably, as a share of its maximum continuous
     *     rating {@code maxThermalLoadMwPerLine}; {@code null} when the bid states none (the toolkit's default applies)
     */
    public record CombustionDiagram(double minLhvMjPerKg, double designLhvMjPerKg, double maxLhvMjPerKg,
                                    double maxThermalLoadMwPerLine,
                                    double maxMechanicalLoadTonnesPerHourPerLine, Double minLoadShareOfMcr) {
    }

    /** Fuels a bid may fire in support; each has a default CO2 emission factor in the toolkit. */
    public static final List<String> SUPPORT_FUELS = List.of("gasDieselOil", "naturalGas", "liquefiedPetroleumGas",
            "residualFuelOil");

    /**
     * Support firing guaranteed below the minimum LHV: waste of LHV {@code L} between {@code lowestLhvMjPerKg} and
     * the diagram's minimum is burnt with {@code consumptionFactor × (minLhv − L)} GJ of fuel per tonne, lifting the
     * heat input to the minimum LHV's.
     *
     * @param fuel one of {@link #SUPPORT_FUELS}
     * @param lowestLhvMjPerKg the lowest waste LHV the support firing covers; below it the waste is not treated
     * @param consumptionFactor GJ of fuel the bid guarantees to fire per GJ the waste falls short of the minimum
     *     LHV: 1 when all the fuel's heat reaches the furnace, more for burner losses; {@code null} for 1
     */
    public record SupportFuel(String fuel, double lowestLhvMjPerKg, Double consumptionFactor) {

        /** The guaranteed GJ of fuel per GJ of heat deficit, 1 unless the bid states more. */
        public double fuelPerHeatDeficit() {
            return consumptionFactor == null ? 1 : consumptionFactor;
        }
    }

    /**
     * @param yearsOperating full years the plant has run commercially
     * @param averageLhvMjPerKg average LHV of the waste it burns
     */
    public record ReferencePlant(String name, String country, double capacityTonnesPerDay, double yearsOperating,
                                 double averageLhvMjPerKg) {
    }

    /**
     * The money side of the bid.
     *
     * @param capex lump-sum construction price (nominal)
     * @param constructionSchedule share of capex paid in each construction year; sums to 1
     * @param omEscalationPerYear nominal escalation of all O&amp;M lines from the base year
     * @param tippingFeePerTonne gate fee asked per tonne treated, at base-year level
     * @param tippingFeeIndexationPerYear yearly indexation of the gate fee from the base year
     * @param electricityTariffPerMwh tariff the bidder assumes for exported electricity, at base-year level
     * @param escalation per-line escalation overriding {@code omEscalationPerYear}; {@code null} for none
     * @param replacements equipment replacements at base-year prices, escalated like major maintenance
     * @param residualValue value of the plant handed back after the last operating year, at base-year prices
     * @param decommissioningCost cost of closing the plant after the last operating year, at base-year prices
     * @param degradationPerYear fraction of net output lost each operating year after the first
     * @param financing how the bidder finances the capex; {@code null} when the bid states none
     */
    public record Finance(double capex, List<Double> constructionSchedule, double fixedOmPerYear,
                          double variableOmPerTonne, double omEscalationPerYear,
                          MajorMaintenance majorMaintenance, double tippingFeePerTonne,
                          double tippingFeeIndexationPerYear, double electricityTariffPerMwh,
                          double tariffIndexationPerYear, Escalation escalation, List<Replacement> replacements,
                          double residualValue, double decommissioningCost, double degradationPerYear,
                          Financing financing) {

        public Finance {
            constructionSchedule = List.copyOf(constructionSchedule);
            replacements = replacements == null ? List.of() : List.copyOf(replacements);
        }

        public double fixedOmEscalation() {
            return escalation != null && escalation.fixedOm() != null ? escalation.fixedOm() : omEscalationPerYear;
        }

        public double variableOmEscalation() {
            return escalation != null && escalation.variableOm() != null ? escalation.variableOm()
                    : omEscalationPerYear;
        }

        public double majorMaintenanceEscalation() {
            return escalation != null && escalation.majorMaintenance() != null ? escalation.majorMaintenance()
                    : omEscalationPerYear;
        }
    }

    /** Nominal escalation per cost line from the base year; an absent line escalates at the O&amp;M rate. */
    public record Escalation(Double fixedOm, Double variableOm, Double majorMaintenance) {
    }

    /** A replacement in operating year {@code operatingYear} (1-based) at base-year {@code cost}. */
    public record Replacement(String item, int operatingYear, double cost) {
    }

    /**
     * @param debtShare share of the capex financed by debt
     * @param interestRate nominal interest rate on the debt
     * @param tenorYears years of level repayment from the first operating year
     */
    public record Financing(double debtShare, double interestRate, int tenorYears) {
    }

    /** A major overhaul every {@code everyYears} of operation, at {@code cost} in base-year prices. */
    public record MajorMaintenance(int everyYears, double cost) {
    }
}
