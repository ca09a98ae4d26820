/**
 * Stage 4, generation: one Java class per clause, written with JavaPoet, depending only on
 * {@link org.polc.runtime}. {@link org.polc.codegen.JavaNameCheck} runs with verification, so names
 * Java cannot take are reported before anything is written.
 */
package org.polc.codegen;
