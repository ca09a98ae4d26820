package org.polc.syntax;

import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import java.util.List;
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
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        listener.clauses = clauseStarts(tokens);
        PolParser parser = new PolParser(tokens);
        parser.removeErrorListeners();
        // Two-stage parsing: the fast SLL mode is right for every valid file of this grammar; only
        // when it fails is the file parsed again in full LL mode, with error reporting and recovery.
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        PolParser.FileContext tree;
        try {
            tree = parser.file();
        } catch (ParseCancellationException slow) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.addErrorListener(listener);
            parser.setErrorHandler(new ChineseErrorStrategy());
            tree = parser.file();
        }
        try {
            Document document = new AstBuilder(source, diagnostics, listener.count > 0).file(tree);
            return Optional.of(document.withSyntaxErrors(listener.lines));
        } catch (RuntimeException incomplete) {
            // A tree repaired after syntax errors can lack children the builder relies on; the
            // syntax errors already explain why, so the rest of this file is skipped.
            if (listener.count == 0) {
                throw incomplete;
            }
            return Optional.empty();
        }
    }

    /** Line → clause number where each 条款 heading starts, to name the clause in syntax errors. */
    private static java.util.TreeMap<Integer, Integer> clauseStarts(CommonTokenStream tokens) {
        java.util.TreeMap<Integer, Integer> starts = new java.util.TreeMap<>();
        List<Token> all = tokens.getTokens();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getType() == PolLexer.CLAUSE) {
                for (int j = i + 1; j < all.size() && j < i + 4; j++) {
                    Token number = all.get(j);
                    if (number.getType() == PolLexer.H_NUMBER) {
                        ChineseNumerals.parse(AstBuilder.digitsToAscii(number.getText()))
                                .ifPresent(n -> starts.put(number.getLine(), n));
                        break;
                    }
                }
            }
        }
        return starts;
    }

    private static final class SyntaxErrorListener extends BaseErrorListener {
        private final SourceFile source;
        private final Diagnostics diagnostics;
        private int count;
        private java.util.TreeMap<Integer, Integer> clauses = new java.util.TreeMap<>();
        private final java.util.Set<Integer> lines = new java.util.HashSet<>();

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
            // An unexpected 条款 heading means the clause before it was left unfinished (a missing 否则).
            boolean atHeading = offending instanceof Token t && t.getType() == PolLexer.CLAUSE;
            java.util.Map.Entry<Integer, Integer> clause = atHeading ? clauses.lowerEntry(line) : clauses.floorEntry(line);
            String where = clause == null ? "" : "第" + ChineseNumerals.format(clause.getValue()) + "条：";
            lines.add(clause == null ? 0 : clause.getValue());
            diagnostics.error("syntax", new Span(source, line, column + 1, length), where + "语法错误：" + text, hint);
        }
    }
}
