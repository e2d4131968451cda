/**
 * Presents results as a committee reads them: the console ranking table, {@code evaluation.json} (written
 * atomically, so a failed run never leaves partial output) and the toolkit listings.
 */
package org.wteval.report;
