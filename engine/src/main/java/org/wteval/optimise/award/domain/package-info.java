/**
 * The award's planning model: {@link org.wteval.optimise.award.domain.LotAward} is the planning entity whose nullable
 * {@code option} the solver decides (pinned when the committee fixed it), {@link
 * org.wteval.optimise.award.domain.AwardPlan} the planning solution holding the supplier cap as a problem fact.
 */
package org.wteval.optimise.award.domain;
