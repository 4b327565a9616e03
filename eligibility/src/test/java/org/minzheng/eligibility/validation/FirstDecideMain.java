package org.minzheng.eligibility.validation;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.screening.ScreeningFacts;

/**
 * Run in a fresh JVM by {@link FirstDecideTest}: reads facts from JSON (a {@code dibao} case's
 * household, and screening facts), decides, and prints whether Hibernate Validator was started
 * ({@code started=true|false}), then validates an object with an integrator's own constraint and
 * prints it again.
 */
public final class FirstDecideMain {

    private FirstDecideMain() {}

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        Household household = Json.convert(Json.readTree(text, "$").get("facts"), Household.class, "facts");
        Json.convert(
                Json.readTree("{\"household\": " + Json.compact(household) + "}", "facts"),
                ScreeningFacts.class,
                "facts");
        new DibaoProgram()
                .decide(
                        household,
                        PolicyBook.loadDefault().snapshot(RegionCode.of("330500"), LocalDate.of(2024, 12, 31)));
        System.out.println("started=" + started());
        org.minzheng.core.validation.InputValidator.get().validate(new CustomConstraintFacts("not a county"), "facts");
        System.out.println("started=" + started());
    }

    private static boolean started() throws ReflectiveOperationException {
        Class<?> reference = Class.forName("org.minzheng.core.validation.HibernateReference");
        Method bootstrapped = reference.getDeclaredMethod("bootstrapped");
        bootstrapped.setAccessible(true);
        return (boolean) bootstrapped.invoke(null);
    }

    /** Facts with an integrator's own constraint, which only Hibernate Validator understands. */
    record CustomConstraintFacts(
            @jakarta.validation.constraints.Pattern(regexp = "[0-9]{6}")
            String county) {}
}
