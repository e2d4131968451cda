/**
 * Readers: a case folder ({@link org.wteval.io.CaseFolderReader}) becomes an in-memory
 * {@link org.wteval.model.CaseSource} with a source map naming each field's file and path, and toolkit files become
 * a layered {@link org.wteval.model.Toolkit}. Each file is parsed and checked against its JSON Schema, and every
 * problem is collected with its file and field before anything is evaluated. A bid may also come as a filled Excel
 * bid form: {@link org.wteval.io.BidForm} lays the form out from the bid schema and the tender, and
 * {@link org.wteval.io.BidWorkbookReader} reads it back into the same bid, checking every cell again and naming each
 * problem by its sheet, cell and field.
 */
package org.wteval.io;
