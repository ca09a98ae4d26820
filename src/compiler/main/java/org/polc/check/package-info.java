/**
 * Stage 2, checking: from the syntax tree of a policy folder to the checked {@link org.polc.model.Program}.
 * {@link org.polc.check.Checker} checks the document (header, numbering, budgets, targets) and
 * {@link org.polc.check.ClauseChecker} each clause, one class per job: {@code Scope} (names),
 * {@code InputTypes}, {@code Expressions} and {@code Conditions} (types and units), {@code Folding}
 * (constants), {@code Awards} (calculators and tables), {@code Examples}, {@code UnusedInputs},
 * {@code Nesting} and {@code Limits} (what code generation can take).
 */
package org.polc.check;
