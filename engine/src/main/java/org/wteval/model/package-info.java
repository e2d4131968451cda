/**
 * The engine's vocabulary, independent of any file format: the tender, the bids and the layered country toolkit as
 * submitted; a {@link org.wteval.model.CaseSource} (a case as a reader produced it) with its
 * {@link org.wteval.model.SourceMap}; input problems; and {@link org.wteval.model.Figure}, the value with its
 * explanation that every calculated number travels in, with its {@link org.wteval.model.Origin}. The
 * {@link org.wteval.model.UncertaintyBlock} of a tender or toolkit layer declares distributions of the
 * {@link org.wteval.model.UncertainVariable}s for the robust analysis.
 *
 * <p>Units are part of every field name; fractions are 0..1; money is in the currency the record states.
 */
package org.wteval.model;
