package org.polc.syntax;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's lexer simulator with its DFA cache extended to every character, not only ASCII.
 *
 * <p>ANTLR caches the lexer's DFA transitions only for characters 0–127
 * ({@link LexerATNSimulator#MAX_DFA_EDGE}); every other character — in a .pol file nearly all of them
 * are Chinese — is matched by simulating the ATN again, each time it is read. That was the largest cost
 * of the front end (about a third of a warm check of the policies). Here the transitions on the other
 * characters are remembered too, in a table beside the DFA. The table is only a cache of what the ATN
 * simulation computes, filled exactly where ANTLR would fill its own edge array (never for an edge
 * that depends on a predicate), so the tokens are the same.
 */
final class WideLexerSimulator extends LexerATNSimulator {

    /**
     * One table per DFA array (a lexer class shares one array among its instances, so the cache lives
     * as long as the lexer class does, like ANTLR's own). Within a table, a transition is keyed by the
     * mode, the DFA state's number (unique within its mode's DFA) and the character.
     */
    private static final Map<DFA[], Map<Long, DFAState>> TABLES = Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<Long, DFAState> wide;

    private WideLexerSimulator(Lexer lexer, LexerATNSimulator plain) {
        super(lexer, plain.atn, plain.decisionToDFA, plain.getSharedContextCache());
        this.wide = TABLES.computeIfAbsent(plain.decisionToDFA, dfa -> new ConcurrentHashMap<>());
    }

    /** Gives {@code lexer} the simulator that caches every character; returns the lexer. */
    static <L extends Lexer> L install(L lexer) {
        lexer.setInterpreter(new WideLexerSimulator(lexer, lexer.getInterpreter()));
        return lexer;
    }

    private long key(DFAState s, int t) {
        return ((long) mode << 53) | ((long) s.stateNumber << 21) | t;
    }

    private static boolean wide(int t) {
        return t > MAX_DFA_EDGE && t <= Character.MAX_CODE_POINT;
    }

    @Override
    protected DFAState getExistingTargetState(DFAState s, int t) {
        return wide(t) ? wide.get(key(s, t)) : super.getExistingTargetState(s, t);
    }

    @Override
    protected void addDFAEdge(DFAState p, int t, DFAState q) {
        if (wide(t)) {
            wide.put(key(p, t), q);
        } else {
            super.addDFAEdge(p, t, q);
        }
    }

    @Override
    public void clearDFA() {
        super.clearDFA();
        wide.clear();
    }
}
