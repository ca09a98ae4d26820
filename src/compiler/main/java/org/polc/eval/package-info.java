/**
 * The interpreter over the checked model: {@code polc eval}, the examples and the 单调 check compute
 * with it, with the runtime's arithmetic and wording, so its answers are the generated code's, to the
 * 分 and to the word.
 */
package org.polc.eval;
