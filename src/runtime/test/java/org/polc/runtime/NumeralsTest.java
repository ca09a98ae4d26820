package org.polc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumeralsTest {

    @ParameterizedTest
    @CsvSource({
        "0,          0",
        "12,         12",
        "12.34,      12.34",
        "-5,         -5",
        "007.50,     007.50",
        "２００,      200",
        "１２．３４,  12.34",
        "－３,        -3",
        "1２.3４,     12.34",
    })
    void accepts(String text, String ascii) {
        assertEquals(ascii, Numerals.decimal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "-.5", ".5", "5.", "1.2.3", "+1", "1e3", "1,000", " 1", "1 ", "--1",
        "1-", "abc", "\u0661", "\u00BD", "1.\uFF0E2"})
    void rejects(String text) {
        assertNull(Numerals.decimal(text));
    }
}
