package org.minzheng.eldercare.bed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Iso7064Mod3736Test {

    /** Published examples: the Global Release Identifier A1-2425G-ABC1234002-M, and further vectors. */
    @ParameterizedTest
    @CsvSource({"A12425GABC1234002, M", "RABD, A", "X0H, X", "TBR, 1"})
    void publishedVectors(String body, char check) {
        assertThat(Iso7064Mod3736.checkCharacter(body)).isEqualTo(check);
        assertThat(Iso7064Mod3736.isValid(body + check)).isTrue();
    }

    @Test
    void wrongOrForeignCharacters_areInvalid() {
        assertThat(Iso7064Mod3736.isValid("A12425GABC1234002N")).isFalse();
        assertThat(Iso7064Mod3736.isValid("a12425GABC1234002M")).isFalse();
        assertThat(Iso7064Mod3736.isValid("M")).isFalse();
        assertThatThrownBy(() -> Iso7064Mod3736.checkCharacter("AB-C")).isInstanceOf(IllegalArgumentException.class);
    }
}
