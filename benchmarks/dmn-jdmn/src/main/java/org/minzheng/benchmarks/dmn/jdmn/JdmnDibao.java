package org.minzheng.benchmarks.dmn.jdmn;

import com.gs.dmn.DMNModelRepository;
import com.gs.dmn.ast.TDRGElement;
import com.gs.dmn.ast.TDefinitions;
import com.gs.dmn.dialect.JavaTimeDMNDialectDefinition;
import com.gs.dmn.log.NopBuildLogger;
import com.gs.dmn.runtime.ExecutionContext;
import com.gs.dmn.runtime.ExecutionContextBuilder;
import com.gs.dmn.runtime.interpreter.DMNInterpreter;
import com.gs.dmn.runtime.interpreter.EvaluationContext;
import com.gs.dmn.runtime.interpreter.Result;
import com.gs.dmn.transformation.InputParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.minzheng.benchmarks.dmn.jdmn.generated.Amount;
import org.minzheng.benchmarks.dmn.jdmn.generated.Eligible;
import org.minzheng.benchmarks.dmn.jdmn.generated.Reason;

/**
 * The side-by-side DMN model ({@code dibao.dmn}, a copy of {@code shared/perf/dibao.dmn}) in
 * jDMN 9.0.0, two ways: the Java code jDMN generated from it (package {@code generated},
 * committed, see {@code DibaoJavaGenerator} in the tests) and jDMN's interpreter on the model.
 * Both use jDMN's default dialect ({@link JavaTimeDMNDialectDefinition}: FEEL numbers as
 * {@link BigDecimal}).
 *
 * <p>jDMN evaluates one decision per call, its required decisions included; a caller that wants
 * the model's three outputs asks for {@code eligible}, {@code amount} and {@code reason}, and
 * {@code perCapitaIncome} is computed for each (the generated code's optional cache is off by
 * default, as here). Each evaluation gets a new {@link ExecutionContext} from jDMN's builder
 * (no-op event listener; the listener-logging default constructor is deprecated).
 */
public final class JdmnDibao {

    /** The model's namespace. */
    public static final String NAMESPACE = "https://minzheng.example/dmn/dibao";

    private final Eligible eligible = new Eligible();
    private final Amount amount = new Amount();
    private final Reason reason = new Reason();

    /**
     * The three outputs of an evaluation.
     *
     * @param eligible the {@code eligible} decision
     * @param amount   the {@code amount} decision
     * @param reason   the {@code reason} decision
     */
    public record Outputs(Object eligible, Object amount, Object reason) {}

    /**
     * Evaluates the generated code.
     *
     * @param householdSize          the counted members
     * @param monthlyHouseholdIncome the counted monthly income, yuan
     * @param standard               the dibao standard, yuan
     * @param assetsWithinLimit      property within the rules
     * @return the three outputs (a decision that failed is null: jDMN's generated code logs and returns null)
     */
    public Outputs generated(
            BigDecimal householdSize,
            BigDecimal monthlyHouseholdIncome,
            BigDecimal standard,
            boolean assetsWithinLimit) {
        ExecutionContext ctx = ExecutionContextBuilder.executionContext().build();
        return new Outputs(
                eligible.apply(assetsWithinLimit, householdSize, monthlyHouseholdIncome, standard, ctx),
                amount.apply(assetsWithinLimit, householdSize, monthlyHouseholdIncome, standard, ctx),
                reason.apply(assetsWithinLimit, householdSize, monthlyHouseholdIncome, standard, ctx));
    }

    /** jDMN's interpreter with the model read. */
    public static final class Interpreter {

        private final DMNInterpreter<?, ?, ?, ?, ?> interpreter;
        private final TDRGElement eligible;
        private final TDRGElement amount;
        private final TDRGElement reason;

        private Interpreter(DMNInterpreter<?, ?, ?, ?, ?> interpreter, DMNModelRepository repository) {
            this.interpreter = interpreter;
            this.eligible = element(repository, "eligible");
            this.amount = element(repository, "amount");
            this.reason = element(repository, "reason");
        }

        private static TDRGElement element(DMNModelRepository repository, String name) {
            TDRGElement e = repository.findDRGElementByName(NAMESPACE, name);
            if (e == null) {
                throw new IllegalStateException("dibao.dmn has no decision " + name);
            }
            return e;
        }

        /**
         * Reads the model from the class path and builds the interpreter.
         *
         * @return the interpreter
         */
        public static Interpreter load() {
            JavaTimeDMNDialectDefinition dialect = new JavaTimeDMNDialectDefinition();
            InputParameters parameters = new InputParameters(Map.of());
            TDefinitions definitions;
            try (InputStream in = JdmnDibao.class.getResourceAsStream("dibao.dmn")) {
                if (in == null) {
                    throw new IllegalStateException("dibao.dmn not on the class path");
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    definitions = dialect.createDMNSerializer(new NopBuildLogger(), parameters)
                            .readModel(reader);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            DMNModelRepository repository = new DMNModelRepository(definitions);
            return new Interpreter(dialect.createDMNInterpreter(repository, parameters), repository);
        }

        /**
         * Evaluates the model's three outputs.
         *
         * @param householdSize          the counted members
         * @param monthlyHouseholdIncome the counted monthly income, yuan
         * @param standard               the dibao standard, yuan
         * @param assetsWithinLimit      property within the rules
         * @return the three outputs
         * @throws IllegalStateException if an evaluation reported an error
         */
        public Outputs evaluate(
                BigDecimal householdSize,
                BigDecimal monthlyHouseholdIncome,
                BigDecimal standard,
                boolean assetsWithinLimit) {
            Map<String, Object> inputs = new HashMap<>(8);
            inputs.put("householdSize", householdSize);
            inputs.put("monthlyHouseholdIncome", monthlyHouseholdIncome);
            inputs.put("standard", standard);
            inputs.put("assetsWithinLimit", assetsWithinLimit);
            return new Outputs(value(eligible, inputs), value(amount, inputs), value(reason, inputs));
        }

        private Object value(TDRGElement decision, Map<String, Object> inputs) {
            Result r = interpreter.evaluateDecision(
                    NAMESPACE, decision.getName(), EvaluationContext.makeDecisionEvaluationContext(decision, inputs));
            if (r.hasErrors()) {
                throw new IllegalStateException("decision " + decision.getName() + ": " + r);
            }
            return Result.value(r);
        }
    }
}
