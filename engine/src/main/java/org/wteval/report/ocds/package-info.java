/**
 * Publishes an evaluation as open data: an OCDS 1.1 release package ({@code ocds-release-package.json}) with the
 * tender and its lots and award criteria, every bid with its status, rank and per-criterion scores, the awards, the
 * PPP evaluation indicators and the parties, for donors' and open-data portals. What OCDS 1.1 has no field for (the
 * scores, the ranks) goes in the project's own documented extension ({@code ocds/wte-evaluation-extension/} in the
 * engine's resources). Dates come from the case, never the clock, so the same case gives the same bytes.
 */
package org.wteval.report.ocds;
