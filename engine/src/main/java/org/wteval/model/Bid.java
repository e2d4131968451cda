package org.wteval.model;

import java.util.List;
import java.util.SortedMap;

/**
 * A bid as submitted ({@code bids/*.yaml}). Money is in the bid's own {@link #currency}, at base-year prices
 * unless a field says otherwise.
 */
public record Bid(String id, String bidder, String currency, Plant plant, Finance finance) {

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
     */
    public record Plant(String technology, int lines, double capacityTonnesPerDay,
                        CombustionDiagram combustionDiagram, double grossElectricalEfficiency,
                        double auxiliaryLoadMw, double availabilityHoursPerYear,
                        SortedMap<String, Double> emissionGuarantees, List<ReferencePlant> referencePlants,
                        boolean continuousEmissionMonitoring) {

        public Plant {
            referencePlants = referencePlants == null ? List.of() : List.copyOf(referencePlants);
        }
    }

    /**
     * The firing diagram of one line: the window of waste LHV it burns stably without support fuel, and its
     * thermal and mechanical limits.
     */
    public record CombustionDiagram(double minLhvMjPerKg, double designLhvMjPerKg, double maxLhvMjPerKg,
                                    double maxThermalLoadMwPerLine,
                                    double maxMechanicalLoadTonnesPerHourPerLine) {
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
     */
    public record Finance(double capex, double[] constructionSchedule, double fixedOmPerYear,
                          double variableOmPerTonne, double omEscalationPerYear,
                          MajorMaintenance majorMaintenance, double tippingFeePerTonne,
                          double tippingFeeIndexationPerYear, double electricityTariffPerMwh,
                          double tariffIndexationPerYear) {
    }

    /** A major overhaul every {@code everyYears} of operation, at {@code cost} in base-year prices. */
    public record MajorMaintenance(int everyYears, double cost) {
    }
}
