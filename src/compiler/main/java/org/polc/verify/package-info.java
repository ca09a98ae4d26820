/**
 * Stage 3, verification: what a checked program promises, proven or tested before code is generated
 * — caps by interval analysis ({@code CapProver}), the 例 by running them ({@code ExampleRunner}), 单调
 * declarations by refutation ({@code MonotoneCheck}). {@link org.polc.verify.Verifier} is the entry.
 */
package org.polc.verify;
