/**
 * The {@code wte} command line (picocli): {@code evaluate}, {@code explain} and {@code validate}. Exit codes:
 * 0 success, 2 invalid input (every problem listed with file and field), 1 an internal error.
 */
package org.wteval.cli;
