/**
 * The {@code wte} command line (picocli), a thin shell over {@link org.wteval.pipeline.Engine}: {@code evaluate},
 * {@code explain}, {@code validate} and {@code compare} read a case folder with
 * {@link org.wteval.io.CaseFolderReader} and hand it to an engine over the bundled or an adviser's rule and toolkit
 * folders ({@code --rules}, {@code --toolkits}); {@code rules} prints the rule catalogue, and {@code toolkit list},
 * {@code toolkit show} and {@code toolkit diff} print toolkits after layering, without a case; {@code form} writes a
 * tender's Excel bid form from its {@code tender.yaml} alone. Exit codes: 0 success,
 * 2 invalid input or rules that do not compile (every problem listed with file and field), 1 an internal error.
 */
package org.wteval.cli;
