/**
 * The checked program: what the checker produces and verification, the interpreter, code generation
 * and the catalog read. Self-contained — text and positions are copied in, it has its own enums,
 * money is an exact number of 分 ({@link org.polc.model.Amount}) — and immutable. What each
 * calculator and rule reads ({@link org.polc.model.Reads}) is found once, when it is checked.
 * {@link org.polc.model.RuntimeValues} is the one place where its constants become the runtime's values.
 */
package org.polc.model;
