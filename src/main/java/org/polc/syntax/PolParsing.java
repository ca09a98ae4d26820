package org.polc.syntax;

import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.SourceFile;
import org.polc.diagnostics.Span;
import org.polc.syntax.antlr.PolLexer;
import org.polc.syntax.antlr.PolParser;

/** The front door of the syntax stage: source text in, AST and syntax diagnostics out. */
public final class PolParsing {

    private PolParsing() {}

    /**
     * Parses one file. Syntax errors go to {@code diagnostics}; the AST is still returned when the
     * parser could recover, so later stages can report their own errors too. A file whose tree is
     * beyond repair yields empty: its syntax errors are reported, and checking it would only add noise.
     */
    public static Optional<Document> parse(SourceFile source, Diagnostics diagnostics) {
        PolLexer lexer = new PolLexer(CharStreams.fromString(source.text(), source.displayName()));
        lexer.removeErrorListeners();
        SyntaxErrorListener listener = new SyntaxErrorListener(source, diagnostics);
        lexer.addErrorListener(listener);
        PolParser parser = new PolParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        parser.setErrorHandler(new ChineseErrorStrategy());
        PolParser.FileContext tree = parser.file();
        try {
            return Optional.of(new AstBuilder(source, diagnostics).file(tree));
        } catch (RuntimeException incomplete) {
            // A tree repaired after syntax errors can lack children the builder relies on; the
            // syntax errors already explain why, so the rest of this file is skipped.
            if (listener.count == 0) {
                throw incomplete;
            }
            return Optional.empty();
        }
    }

    private static final class SyntaxErrorListener extends BaseErrorListener {
        private final SourceFile source;
        private final Diagnostics diagnostics;
        private int count;

        SyntaxErrorListener(SourceFile source, Diagnostics diagnostics) {
            this.source = source;
            this.diagnostics = diagnostics;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String message,
                RecognitionException e) {
            count++;
            int length = 1;
            String hint = null;
            if (offending instanceof Token token && token.getType() != Token.EOF) {
                length = Math.max(1, token.getStopIndex() - token.getStartIndex() + 1);
                if (token.getType() == org.polc.syntax.antlr.PolLexer.NAME) {
                    hint = Hints.forToken(token.getText()).orElse(null);
                }
            }
            String text = recognizer instanceof PolLexer ? "无法识别的文字：" + message : message;
            diagnostics.error("syntax", new Span(source, line, column + 1, length), "语法错误：" + text, hint);
        }
    }
}
