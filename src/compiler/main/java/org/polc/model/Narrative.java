package org.polc.model;

import org.polc.diagnostics.Span;

/**
 * 叙述 “315”：reason — a piece of the 原文 whose numbers no construct computes, and why. One per
 * quoted piece: 叙述 “5个领域”，“3张项目清单”：… is two.
 *
 * @param piece the words of the 原文 as written, holding one or more whole numbers
 * @param reason why they are not computed (required; "" when the drafter left it out, which the
 *     checker reports)
 * @param span where the piece is written in the .pol file
 */
public record Narrative(String piece, String reason, Span span) {}
