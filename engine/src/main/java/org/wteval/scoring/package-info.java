/**
 * Combines the rules' criterion scores into a total as the toolkit's evaluation method says (weighted sum), ranks
 * the qualified bids, and breaks ties by the toolkit's stated rule. Disqualified bids get no rank.
 */
package org.wteval.scoring;
