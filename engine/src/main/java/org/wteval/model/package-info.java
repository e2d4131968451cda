/**
 * Immutable input records: the tender, the bids and the layered country toolkit, as submitted, plus
 * {@link org.wteval.model.Figure}, the value-with-explanation that every calculated number travels in, with its
 * {@link org.wteval.model.Origin}.
 *
 * <p>Units are part of every field name; fractions are 0..1; money is in the currency the record states.
 */
package org.wteval.model;
