package org.minzheng.benchmarks.dmn.kie;

import java.math.BigDecimal;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;

/**
 * The side-by-side DMN model ({@code dibao.dmn}, a copy of {@code shared/perf/dibao.dmn}) in
 * KIE DMN 10.2.0.
 *
 * <p>The model is compiled with {@link DMNRuntimeBuilder}, KIE's builder for a DMN runtime
 * straight from resources: no {@code KieContainer}, no kmodule, no Maven resolution (KieHelper
 * and {@code KieServices} go through a KieContainer build, which costs more and brings the KIE
 * builder's machinery in). Evaluation goes through the public API,
 * {@link DMNRuntime#evaluateAll}.
 */
public final class KieDibao {

    /** The model's namespace. */
    public static final String NAMESPACE = "https://minzheng.example/dmn/dibao";
    /** The model's name. */
    public static final String NAME = "dibao";

    private final DMNRuntime runtime;
    private final DMNModel model;

    private KieDibao(DMNRuntime runtime, DMNModel model) {
        this.runtime = runtime;
        this.model = model;
    }

    /**
     * Reads and compiles the model from the class path.
     *
     * @return the compiled model with its runtime
     * @throws IllegalStateException if the model does not compile cleanly
     */
    public static KieDibao load() {
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults()
                .buildConfiguration()
                .fromClasspathResource("dibao.dmn", KieDibao.class)
                .getOrElseThrow(e -> new IllegalStateException("dibao.dmn does not compile", e));
        DMNModel model = runtime.getModel(NAMESPACE, NAME);
        if (model == null || model.hasErrors()) {
            throw new IllegalStateException("dibao.dmn: " + (model == null ? "model not found" : model.getMessages()));
        }
        return new KieDibao(runtime, model);
    }

    /** @return the runtime */
    public DMNRuntime runtime() {
        return runtime;
    }

    /** @return the compiled model */
    public DMNModel model() {
        return model;
    }

    /**
     * Evaluates every decision of the model: a new context with the four inputs, then
     * {@link DMNRuntime#evaluateAll}. This is what the benchmark times.
     *
     * @param householdSize          the counted members
     * @param monthlyHouseholdIncome the counted monthly income, yuan
     * @param standard               the dibao standard, yuan
     * @param assetsWithinLimit      property within the rules
     * @return KIE's result
     */
    public DMNResult evaluateAll(
            BigDecimal householdSize,
            BigDecimal monthlyHouseholdIncome,
            BigDecimal standard,
            boolean assetsWithinLimit) {
        DMNContext ctx = runtime.newContext();
        ctx.set("householdSize", householdSize);
        ctx.set("monthlyHouseholdIncome", monthlyHouseholdIncome);
        ctx.set("standard", standard);
        ctx.set("assetsWithinLimit", assetsWithinLimit);
        return runtime.evaluateAll(model, ctx);
    }

    /**
     * The three outputs of an evaluation.
     *
     * @param eligible the {@code eligible} decision
     * @param amount   the {@code amount} decision
     * @param reason   the {@code reason} decision
     */
    public record Outputs(Object eligible, Object amount, Object reason) {

        /**
         * @param result KIE's result
         * @return its outputs
         * @throws IllegalStateException if the evaluation reported an error
         */
        public static Outputs of(DMNResult result) {
            if (result.hasErrors()) {
                throw new IllegalStateException("dibao.dmn evaluation failed: " + result.getMessages());
            }
            return new Outputs(value(result, "eligible"), value(result, "amount"), value(result, "reason"));
        }

        private static Object value(DMNResult result, String decision) {
            DMNDecisionResult r = result.getDecisionResultByName(decision);
            if (r == null || r.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED) {
                throw new IllegalStateException(
                        "decision " + decision + ": " + (r == null ? "missing" : r.getEvaluationStatus()));
            }
            return r.getResult();
        }
    }
}
