/**
 * Stage 1, parsing: ANTLR's lexer and parser (grammar/) and {@link org.polc.syntax.AstBuilder},
 * which turns the parse tree into {@link org.polc.ast} nodes and reports in Chinese what the grammar
 * cannot see. {@link org.polc.syntax.PolParsing} is the front door.
 */
package org.polc.syntax;
