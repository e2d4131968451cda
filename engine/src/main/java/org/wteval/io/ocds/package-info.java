/**
 * Reads open data back into a case: an OCDS 1.1 release package ({@link org.wteval.io.ocds.OcdsPackageReader})
 * becomes the parts of a case folder it carries, with a list of every field the evaluation needs that OCDS does not
 * carry, so that the folder is plainly incomplete until someone adds them.
 */
package org.wteval.io.ocds;
