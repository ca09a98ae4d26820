package org.polc.bench.engines;

import java.util.List;
import java.util.Map;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/**
 * One DMN model (a file under {@code dmn/}) loaded into Drools' DMN runtime, without a KIE container; each
 * evaluation builds a DMN context from the case's variables and evaluates one decision by name. FEEL numbers
 * are {@code BigDecimal} (DECIMAL128), so the arithmetic is decimal.
 */
public final class Dmn {

    private final DMNRuntime runtime;
    private final DMNModel model;

    public Dmn(String resource) {
        this.runtime = DMNRuntimeBuilder.fromDefaults()
                .buildConfiguration()
                .fromResources(List.of(ResourceFactory.newClassPathResource(resource, Dmn.class)))
                .getOrElseThrow(e -> new IllegalStateException("DMN 模型 " + resource + " 载入失败：" + e));
        this.model = runtime.getModels().get(0);
        if (model.hasErrors()) {
            throw new IllegalStateException("DMN 模型 " + resource + " 有错：" + model.getMessages());
        }
    }

    public Object evaluate(String decision, Map<String, Object> vars) {
        DMNContext context = runtime.newContext();
        vars.forEach(context::set);
        DMNResult result = runtime.evaluateByName(model, context, decision);
        if (result.hasErrors()) {
            throw new IllegalStateException("DMN 决策 " + decision + " 出错：" + result.getMessages());
        }
        return result.getDecisionResultByName(decision).getResult();
    }
}
