/**
 * The syntax tree of a {@code .pol} file, as the drafter wrote it: immutable records, each with its
 * {@link org.polc.diagnostics.Span}, shared by the parser that builds them and the checker that reads
 * them. Every kind of node has a visitor method, so a pass that forgets a new kind does not compile.
 */
package org.polc.ast;
