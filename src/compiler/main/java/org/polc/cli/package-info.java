/**
 * The command line (picocli): {@code check}, {@code compile}, {@code eval}, {@code catalog}. Each
 * command extends {@link org.polc.cli.PolicyCommand}, which reads the policies, prints the
 * diagnostics and sets the exit code.
 */
package org.polc.cli;
