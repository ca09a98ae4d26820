package org.polc.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery, with its complaints rewritten for drafters: "这里应为「：」，却是「给予」" instead of
 * "mismatched input '给予' expecting ':'". Recovery itself is ANTLR's, so one run reports every error.
 */
final class ChineseErrorStrategy extends DefaultErrorStrategy {

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        Token token = e.getOffendingToken();
        recognizer.notifyErrorListeners(token, "这里看不懂：在" + TokenNames.describe(token) + "处无法继续"
                + expecting(recognizer, recognizer.getExpectedTokens()), e);
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        Token token = e.getOffendingToken();
        recognizer.notifyErrorListeners(token, "这里不应出现" + TokenNames.describe(token)
                + expecting(recognizer, e.getExpectedTokens()), e);
    }

    @Override
    protected void reportFailedPredicate(Parser recognizer, FailedPredicateException e) {
        recognizer.notifyErrorListeners(e.getOffendingToken(), "这里的写法不符合语法", e);
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token token = recognizer.getCurrentToken();
        recognizer.notifyErrorListeners(token, "多余的" + TokenNames.describe(token)
                + expecting(recognizer, getExpectedTokens(recognizer)), null);
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token token = recognizer.getCurrentToken();
        IntervalSet expecting = getExpectedTokens(recognizer);
        recognizer.notifyErrorListeners(token, "在" + TokenNames.describe(token) + "前缺少"
                + TokenNames.describe(expecting, recognizer.getVocabulary()), null);
    }

    private static String expecting(Parser recognizer, IntervalSet expected) {
        if (expected == null || expected.isNil()) {
            return "";
        }
        return "，这里应为" + TokenNames.describe(expected, recognizer.getVocabulary());
    }
}
