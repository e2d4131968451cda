package org.wteval.optimise.portfolio.domain;

/** The most the programme may commit to one country's projects in the year, in whole currency units. */
public record CountryCap(String country, long limit) {
}
