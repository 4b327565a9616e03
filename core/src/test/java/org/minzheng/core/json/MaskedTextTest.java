package org.minzheng.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Personal data in text shown to people is masked as the value types mask it (issue 14: check's diff). */
class MaskedTextTest {

    private static final String ID = "11010519491231002X";

    @Test
    void idShapedRuns_keepTheirFirstAndLastFour_validOrNot() {
        assertThat(MaskedText.scrub("id " + ID + ".")).isEqualTo("id 1101**********002X.");
        assertThat(MaskedText.scrub("110105194912310021")).isEqualTo("1101**********0021");
        assertThat(MaskedText.scrub("old 110105491231002")).isEqualTo("old 1101*******1002");
        assertThat(MaskedText.scrub("a" + ID + "b"))
                .as("a letter after the check character is not an ID")
                .isEqualTo("a" + ID + "b");
        assertThat(MaskedText.scrub("12345678901234567890"))
                .as("twenty digits are not ID-shaped")
                .isEqualTo("12345678901234567890");
        assertThat(MaskedText.scrub("11010519491231002x and " + ID))
                .isEqualTo("1101**********002x and 1101**********002X");
        assertThat(MaskedText.scrub("nothing here 12345")).isEqualTo("nothing here 12345");
    }

    @Test
    void json_masksNamesByFieldAndByShape_andIdsEverywhere() {
        String in = "{\"name\": \"欧阳娜娜\", \"deceasedName\": \"Zhang San\", \"note\": \"张三\", \"long\": \"湖州市示例慈善基金会\","
                + " \"list\": [\"王小明\", \"" + ID + "\", 110105194912310021], \"" + ID + "\": {\"name\": [\"李四\", 1]},"
                + " \"n\": 3, \"flag\": true, \"empty\": null, \"one\": \"张\", \"dot\": \"阿沛·阿旺\"}";
        assertThat(MaskedText.json(Json.readTree(in, "$")))
                .isEqualTo(
                        "{\"name\":\"欧***\",\"deceasedName\":\"Z********\","
                                + "\"note\":\"张*\",\"long\":\"湖州市示例慈善基金会\",\"list\":[\"王**\",\"1101**********002X\",1101**********0021],"
                                + "\"1101**********002X\":{\"name\":[\"李*\",1]},\"n\":3,\"flag\":true,\"empty\":null,\"one\":\"张\",\"dot\":\"阿沛·阿旺\"}");
        assertThat(MaskedText.json(Json.readTree("\"张三丰\"", "$"))).isEqualTo("\"张**\"");
        assertThat(MaskedText.json(Json.readTree("\"1435.00\"", "$"))).isEqualTo("\"1435.00\"");
    }
}
