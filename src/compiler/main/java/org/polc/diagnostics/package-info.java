/**
 * Positions and problems: {@link org.polc.diagnostics.SourceFile} (a file's text),
 * {@link org.polc.diagnostics.Span}, {@link org.polc.diagnostics.SourceText} (the words of a node,
 * read from the file when asked) and the Chinese {@link org.polc.diagnostics.Diagnostic}s every
 * stage reports instead of throwing.
 */
package org.polc.diagnostics;
