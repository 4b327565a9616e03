package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void chineseCharactersAreTwoColumnsWide() {
        assertThat(TextTable.width("湖州市")).isEqualTo(6);
        assertThat(TextTable.width("《办法》")).isEqualTo(8);
        assertThat(TextTable.width("Huzhou")).isEqualTo(6);
        assertThat(TextTable.width("（民发〔2021〕57号）")).isEqualTo(2 + 4 + 2 + 4 + 2 + 2 + 2 + 2);
    }

    @Test
    void columnsLineUpInTerminalColumns() {
        String table = new TextTable("REGION", "NAME", "CODE")
                .add("330500", "湖州市", "a")
                .add("330502", "Wuxing District", "b")
                .add("330521", "德清县", "c")
                .render();
        assertThat(table)
                .isEqualTo(""
                        + "REGION  NAME             CODE\n"
                        + "330500  湖州市           a\n"
                        + "330502  Wuxing District  b\n"
                        + "330521  德清县           c\n");
    }

    @Test
    void pad_fillsToTheWidth() {
        assertThat(TextTable.pad("低保", 6)).isEqualTo("低保  ");
        assertThat(TextTable.pad("dibao", 3)).isEqualTo("dibao");
    }
}
