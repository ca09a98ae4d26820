/**
 * The words of the policy text that carry meaning, each defined once: the comparison words and their
 * legal meaning (《民法典》第一千二百五十九条), the units and their multiples, Chinese numerals. The
 * lexer lists the same words as literals; tests fail when the two disagree.
 */
package org.polc.vocabulary;
