package org.polc.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.polc.ast.DepthLimit;
import org.polc.ast.Document;
import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.Names;
import org.polc.diagnostics.SourceFile;
import org.polc.diagnostics.Span;
import org.polc.syntax.antlr.PolLexer;
import org.polc.syntax.antlr.PolParser;
import org.polc.vocabulary.ChineseNumerals;
import org.polc.vocabulary.GluedKeywords;
import org.polc.vocabulary.Units;

/** The front door of the syntax stage: source text in, AST and syntax diagnostics out. */
public final class PolParsing {

    private PolParsing() {}

    /**
     * Parses one file. Syntax errors go to {@code diagnostics}. The file is cut before every 部分 and
     * 条款 heading and each piece is parsed alone, so an error in one clause cannot swallow the next;
     * the AST is returned with every piece that could be built, and the clauses that needed repair
     * are named in {@link Document#syntaxErrors()}.
     */
    public static Document parse(SourceFile source, Diagnostics diagnostics) {
        return parse(source, diagnostics, new PolLexer(CharStreams.fromString(source.text(), source.displayName())));
    }

    /** Parses with the given lexer over {@code source}'s text: tests pass a lexer that knows a word the tables do not. */
    static Document parse(SourceFile source, Diagnostics diagnostics, PolLexer lexer) {
        WideLexerSimulator.install(lexer);
        lexer.removeErrorListeners();
        SyntaxErrorListener listener = new SyntaxErrorListener(source, diagnostics);
        lexer.addErrorListener(listener);
        CommonTokenStream all = new CommonTokenStream(lexer);
        all.fill();
        AstBuilder builder = new AstBuilder(source, diagnostics);

        Optional<Document.Header> header = Optional.empty();
        List<Document.Part> parts = new ArrayList<>();
        PolParser.PartHeadContext openPart = null;
        boolean openPartRepaired = false;
        List<Document.Clause> clauses = new ArrayList<>();
        for (List<Token> unit : units(all.getTokens())) {
            int kind = firstVisible(unit);
            listener.clause = kind == PolLexer.CLAUSE ? clauseNumber(unit) : 0;
            int errorsBefore = listener.count;
            if (tooDeep(unit, listener)) {
                continue;
            }
            try {
                if (kind == PolLexer.CLAUSE) {
                    PolParser.ClauseUnitContext ctx = parseUnit(unit, listener, PolParser::clauseUnit);
                    if (openPart == null) {
                        diagnostics.error("syntax.orphan", span(source, unit), "条款要写在某个「部分」之下：请在它前面加「部分 …」");
                    } else {
                        clauses.add(builder.clauseUnit(ctx));
                    }
                } else if (kind == PolLexer.PART) {
                    PolParser.PartUnitContext ctx = parseUnit(unit, listener, PolParser::partUnit);
                    if (openPart != null) {
                        closePart(builder, openPart, openPartRepaired, clauses).ifPresent(parts::add);
                    }
                    openPart = ctx.partHead();
                    openPartRepaired = listener.count > errorsBefore;
                    clauses = new ArrayList<>();
                } else {
                    header = builder.header(parseUnit(unit, listener, PolParser::headerUnit));
                }
            } catch (RuntimeException incomplete) {
                // A tree repaired after a syntax error can lack pieces the builder relies on; the
                // syntax error already says why, so this unit is left out.
                if (listener.count == errorsBefore) {
                    throw incomplete;
                }
            }
        }
        if (openPart != null) {
            closePart(builder, openPart, openPartRepaired, clauses).ifPresent(parts::add);
        }
        Set<Integer> withErrors = new HashSet<>(listener.clausesWithErrors);
        withErrors.addAll(builder.clausesWithErrors());
        return new Document(header, parts, withErrors);
    }

    /**
     * Brackets nested deeper than the nesting limit of the checker (64 levels). Caught before parsing
     * because the parser cannot tell at an opening （ whether a condition or an expression follows
     * until it has seen the matching ）: each level looks ahead to its end, so ten thousand levels
     * would take time quadratic in the depth. The unit is reported once and left out.
     */
    private static boolean tooDeep(List<Token> unit, SyntaxErrorListener listener) {
        int depth = 0;
        for (Token t : unit) {
            if (t.getType() == PolLexer.LPAREN) {
                if (++depth > DepthLimit.LEVELS) {
                    listener.report(t, "括号嵌套超过 " + DepthLimit.LEVELS + " 层", "拆成几个「定义」，每个只嵌套几层");
                    return true;
                }
            } else if (t.getType() == PolLexer.RPAREN) {
                depth = Math.max(0, depth - 1);
            }
        }
        return false;
    }

    /**
     * Builds a Part once its clauses are known, i.e. while the next unit is read. A Part heading
     * repaired after a syntax error can lack pieces the builder relies on; its own syntax error says
     * why, so the Part is left out. (The next unit's error count cannot tell, hence the flag.)
     */
    private static Optional<Document.Part> closePart(AstBuilder builder, PolParser.PartHeadContext head, boolean repaired,
            List<Document.Clause> clauses) {
        try {
            return Optional.of(builder.part(head, clauses));
        } catch (RuntimeException incomplete) {
            if (!repaired) {
                throw incomplete;
            }
            return Optional.empty();
        }
    }

    /**
     * The tokens cut before each 部分 and 条款 heading. A heading keyword is always a heading: inside
     * text it is part of a string token, and glued to a name it is part of that name.
     */
    static List<List<Token>> units(List<Token> tokens) {
        List<List<Token>> units = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens) {
            if (t.getType() == Token.EOF) {
                break;
            }
            if ((t.getType() == PolLexer.PART || t.getType() == PolLexer.CLAUSE) && t.getChannel() == Token.DEFAULT_CHANNEL) {
                units.add(current);
                current = new ArrayList<>();
            }
            current.add(t);
        }
        units.add(current);
        // The end of each unit is where the next heading (or the file's end) stands.
        Token eof = tokens.get(tokens.size() - 1);
        for (int i = 0; i < units.size(); i++) {
            Token next = i + 1 < units.size() ? units.get(i + 1).get(0) : eof;
            CommonToken end = new CommonToken(Token.EOF, next.getType() == Token.EOF ? "<EOF>" : next.getText());
            end.setLine(next.getLine());
            end.setCharPositionInLine(next.getCharPositionInLine());
            end.setStartIndex(next.getStartIndex());
            end.setStopIndex(next.getStartIndex() - 1);
            units.get(i).add(end);
        }
        return units;
    }

    static int firstVisible(List<Token> unit) {
        for (Token t : unit) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t.getType();
            }
        }
        return Token.EOF;
    }

    static int clauseNumber(List<Token> unit) {
        for (Token t : unit) {
            if (t.getType() == PolLexer.H_NUMBER) {
                return ChineseNumerals.parse(AstBuilder.digitsToAscii(t.getText())).orElse(0);
            }
        }
        return 0;
    }

    private static Span span(SourceFile source, List<Token> unit) {
        Token first = unit.get(0);
        return new Span(source, first.getLine(), first.getCharPositionInLine() + 1, Math.max(1, first.getText().length()));
    }

    /**
     * Parses one unit in two stages: the fast SLL mode is right for every valid unit of this grammar;
     * only when it fails is the unit parsed again in full LL mode, with error reporting and recovery.
     */
    private static <T> T parseUnit(List<Token> unit, SyntaxErrorListener listener, Function<PolParser, T> rule) {
        PolParser parser = new PolParser(new CommonTokenStream(new ListTokenSource(unit)));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException slow) {
            parser = new PolParser(new CommonTokenStream(new ListTokenSource(unit)));
            parser.removeErrorListeners();
            parser.addErrorListener(listener);
            parser.setErrorHandler(new ChineseErrorStrategy());
            return rule.apply(parser);
        }
    }

    private static final class SyntaxErrorListener extends BaseErrorListener {
        private final SourceFile source;
        private final Diagnostics diagnostics;
        private int count;
        /** The clause being parsed (0 outside clauses), to name it in messages. */
        private int clause;
        private final Set<Integer> clausesWithErrors = new HashSet<>();

        SyntaxErrorListener(SourceFile source, Diagnostics diagnostics) {
            this.source = source;
            this.diagnostics = diagnostics;
        }

        /**
         * A name written right after a number (1亿圆, 2000万) is most likely a unit polc does not know:
         * the lexer took the number alone and the rest as a name.
         */
        private Optional<String> unknownUnit(Token name) {
            int before = name.getStartIndex() - 1;
            String previous = before < 0 ? "" : source.codePoints(before, before);
            if (previous.isEmpty()) {
                return Optional.empty();
            }
            if (Character.digit(previous.codePointAt(0), 10) < 0) {
                return misspeltLongerUnit(name, before);
            }
            String written = name.getText();
            // only a unit closer than every other is worth naming: 亿圆 is one edit from 亿元, 亿个, 亿人 …
            Optional<String> closest = Names.onlyClosest(written, Units.spellings());
            return Optional.of("「" + written + "」紧跟在数字后面，像是单位，但不是 polc 认识的单位"
                    + closest.map(u -> "：您是不是要写「" + u + "」？").orElse("：金额写 元、万元、亿元，其他单位见 docs/language.md 第 9 节"));
        }

        /**
         * 5千瓦吋: the lexer took 5千瓦 (a number with a known unit) and left 吋 as a name. When the
         * unit and the name together are closest to one known unit (千瓦时), that is the likely meaning.
         */
        private Optional<String> misspeltLongerUnit(Token name, int before) {
            int start = before;
            // walk back over the unit letters (at most a few) to the digit of the number
            while (start >= 0 && before - start < 6 && !source.codePoints(start, start).isBlank()
                    && Character.digit(source.codePoints(start, start).codePointAt(0), 10) < 0) {
                start--;
            }
            if (start < 0 || start == before || Character.digit(source.codePoints(start, start).codePointAt(0), 10) < 0
                    || GluedKeywords.hint(name.getText()).isPresent()) {
                return Optional.empty();
            }
            String unit = source.codePoints(start + 1, before);
            String written = unit + name.getText();
            // not the unit the lexer already took: the drafter wrote more than 千瓦
            List<String> longer = Units.spellings().stream().filter(u -> !u.equals(unit)).toList();
            return Names.onlyClosest(written, longer)
                    .map(u -> "「" + written + "」像是单位，但不是 polc 认识的单位：您是不是要写「" + u + "」？");
        }

        /** A syntax error found by polc itself rather than by ANTLR. */
        void report(Token token, String message, String hint) {
            count++;
            int length = Math.max(1, token.getStopIndex() - token.getStartIndex() + 1);
            String where = clause == 0 ? "" : "第" + ChineseNumerals.format(clause) + "条：";
            clausesWithErrors.add(clause);
            diagnostics.error("nesting.depth", new Span(source, token.getLine(), token.getCharPositionInLine() + 1, length),
                    where + message, hint);
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String message,
                RecognitionException e) {
            count++;
            int length = 1;
            String hint = null;
            if (offending instanceof Token token && token.getType() != Token.EOF) {
                length = Math.max(1, token.getStopIndex() - token.getStartIndex() + 1);
                if (token.getType() == PolLexer.NAME) {
                    hint = unknownUnit(token).or(() -> GluedKeywords.hint(token.getText())).orElse(null);
                }
            }
            String text = recognizer instanceof PolLexer ? "无法识别的文字：" + message : message;
            String where = clause == 0 ? "" : "第" + ChineseNumerals.format(clause) + "条：";
            clausesWithErrors.add(clause);
            diagnostics.error("syntax", new Span(source, line, column + 1, length), where + "语法错误：" + text, hint);
        }
    }
}
