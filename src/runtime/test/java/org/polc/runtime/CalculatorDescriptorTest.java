package org.polc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalculatorDescriptorTest {

    private static final InputDescriptor<Money> PREMIUM = InputDescriptor.fact("投保费", Money.class, "金额", "");
    private static final InputDescriptor<Boolean> MAKER = InputDescriptor.clause("第四十八条", "制造业企业", Boolean.class, "是否", "");
    private static final InputDescriptor<Money> OTHER = InputDescriptor.fact("别的金额", Money.class, "金额", "");

    /** 投保费 × 65%（制造业）或 × 60%, rounded down to 分 for the test; a missing input throws as generated code does. */
    private static final CalculatorDescriptor AID = CalculatorDescriptor.of("第四十八条", "资助", "资助", List.of(PREMIUM, MAKER),
            facts -> { throw new UnsupportedOperationException(); },
            facts -> Money.ofFen(facts.require(PREMIUM, "第四十八条").fen() * (facts.require(MAKER, "第四十八条") ? 65 : 60) / 100))
            .withCap(Money.parse("500万元"), "500万元");

    @Test
    void canEvaluateExactlyWhenEveryInputItReadsIsGiven() {
        Facts all = Facts.builder().set(PREMIUM, Money.parse("200元")).set(MAKER, true).build();
        Facts premiumOnly = Facts.builder().set(PREMIUM, Money.parse("200元")).build();
        Facts unrelated = Facts.builder().set(OTHER, Money.parse("1元")).build();
        assertTrue(AID.canEvaluate(all));
        assertEquals(Money.parse("130元"), AID.amount(all));
        for (Facts facts : List.of(premiumOnly, unrelated, Facts.EMPTY)) {
            assertFalse(AID.canEvaluate(facts), facts.toString());
            assertEquals(facts.hasAll(AID.inputs()), AID.canEvaluate(facts));
            assertThrows(PolicyInputException.class, () -> AID.amount(facts));
        }
        // a copy with its cap keeps what it reads
        assertTrue(AID.withFrequency("每年").canEvaluate(all));
        // a table whose first number is not the calculator's first input's: each is found at its own place
        CalculatorDescriptor makerOnly = CalculatorDescriptor.of("第四十八条", "认定", "资助", List.of(MAKER),
                facts -> { throw new UnsupportedOperationException(); }, facts -> Money.ZERO);
        Facts later = Facts.builder().set(OTHER, Money.parse("1元")).set(MAKER, false).build();
        assertTrue(makerOnly.canEvaluate(later));
        assertFalse(AID.canEvaluate(later));
    }
}
