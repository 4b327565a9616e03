package org.minzheng.core.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.minzheng.core.policy.PolicyBook;

/** Every shared instrument id names an instrument core's pack defines. */
class InstrumentsTest {

    @Test
    void everyConstant_namesAnInstrumentOfCoresPack() throws IllegalAccessException {
        InstrumentCatalogue catalogue = PolicyBook.loadDefault().instruments();
        int constants = 0;
        for (Field f : Instruments.class.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && f.getType() == String.class) {
                assertThat(catalogue.find((String) f.get(null))).as(f.getName()).isPresent();
                constants++;
            }
        }
        assertThat(constants).isGreaterThanOrEqualTo(12);
    }
}
