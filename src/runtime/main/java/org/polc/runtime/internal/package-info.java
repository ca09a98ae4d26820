/**
 * 仅供 polc 生成的代码（和 polc 自己的解释器）调用，不是 API：随时可能改变，不另行通知。嵌入计算器时请只用
 * {@link org.polc.runtime} 中的类型（{@link org.polc.runtime.Money}、{@link org.polc.runtime.Result}、
 * {@link org.polc.runtime.Facts}、各描述符……）。
 *
 * <p>For generated code only; not API; may change without notice. The calculators polc generates record
 * their explanation through {@link org.polc.runtime.internal.Steps}, which words each step with
 * {@link org.polc.runtime.internal.Explain} (the interpreter behind {@code polc eval} uses the same words
 * through {@link org.polc.runtime.internal.Trace}, so both explain alike, word for word) only when the
 * explanation is read ({@link org.polc.runtime.internal.RecordedSteps}), check their inputs with
 * {@link org.polc.runtime.internal.Checks}, and compute their fast methods on {@code long} 分 with
 * {@link org.polc.runtime.internal.Fen}. Embedders call the generated methods and read the
 * {@link org.polc.runtime.Result} they return; nothing here.
 */
package org.polc.runtime.internal;
