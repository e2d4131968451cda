/**
 * Readers: a case folder ({@link org.wteval.io.CaseFolderReader}) becomes an in-memory
 * {@link org.wteval.model.CaseSource} with a source map naming each field's file and path, and toolkit files become
 * a layered {@link org.wteval.model.Toolkit}. Each file is parsed and checked against its JSON Schema, and every
 * problem is collected with its file and field before anything is evaluated.
 */
package org.wteval.io;
