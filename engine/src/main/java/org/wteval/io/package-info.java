/**
 * Reads case folders and toolkits from YAML/JSON, validates them against their JSON Schemas, and collects every
 * problem (file, field path, reason) before anything is evaluated; also hashes inputs for the audit trail.
 */
package org.wteval.io;
