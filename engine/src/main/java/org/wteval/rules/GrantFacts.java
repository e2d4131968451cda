package org.wteval.rules;

/**
 * The grants a bid's plant would draw, for every bid: whether the bid requests a JCM Model Project subsidy, and
 * the JFJCM grant the engine computes for it.
 *
 * @param jcmSubsidyRequested the JCM subsidy requested in the evaluation currency; 0 when the bid requests none
 * @param jfjcmGrant the JFJCM grant computed for the bid, in the evaluation currency
 * @param currency the evaluation currency
 */
public record GrantFacts(String bidId, boolean requestsJcm, double jcmSubsidyRequested, double jfjcmGrant,
                         String currency) {
}
