/**
 * The portfolio's planning model: {@link org.wteval.optimise.portfolio.domain.Project} is the planning entity
 * whose {@code funded} variable the solver decides, {@link org.wteval.optimise.portfolio.domain.Portfolio} the
 * planning solution holding the programme's limits as problem facts.
 */
package org.wteval.optimise.portfolio.domain;
