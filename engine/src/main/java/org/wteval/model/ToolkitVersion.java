package org.wteval.model;

/**
 * One dated version of a toolkit layer: the parameters a law sets while it is in force. A version without
 * {@code until} stays in force until the next version of the same layer takes effect.
 *
 * @param layer the toolkit file it belongs to (e.g. {@code id})
 * @param effective the first day in force, YYYY-MM-DD
 * @param until the last day in force, YYYY-MM-DD, or {@code null}
 * @param law the law or regulation the version implements, as its parameters cite it
 */
public record ToolkitVersion(String layer, String effective, String until, String law) {

    /** How reports name the version: the layer and the day it took effect, e.g. {@code id@2025-10-10}. */
    public String label() {
        return layer + "@" + effective;
    }

    /** The period in force, e.g. {@code 2018-04-16 to 2025-10-09} or {@code from 2025-10-10}. */
    public String period() {
        return until == null ? "from " + effective : effective + " to " + until;
    }
}
