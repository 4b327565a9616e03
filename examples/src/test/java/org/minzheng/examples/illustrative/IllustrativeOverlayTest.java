package org.minzheng.examples.illustrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.InstrumentRank;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.policy.Timeline;
import org.minzheng.core.region.RegionCode;

class IllustrativeOverlayTest {

    @Test
    void index_skipsCommentsAndBlankLines_andEveryListedFileExists() {
        List<String> names = IllustrativeOverlay.fileNames();
        assertThat(names).allSatisfy(n -> {
            assertThat(n).doesNotStartWith("#").isNotBlank().endsWith(".yaml");
            assertThat(IllustrativeOverlay.class.getClassLoader().getResource(IllustrativeOverlay.DIRECTORY + n))
                    .as(n)
                    .isNotNull();
        });
        assertThat(IllustrativeOverlay.sources()).hasSameSizeAs(names);
    }

    @Test
    void everyOverlayValue_isIllustrative_andCitesAnIllustrativeInstrument() {
        PolicyBook book = IllustrativeOverlay.book();
        List<String> files = IllustrativeOverlay.fileNames().stream()
                .map(n -> IllustrativeOverlay.DIRECTORY + n + ":")
                .toList();
        for (ParameterKey<?> k : book.keys()) {
            for (Map.Entry<RegionCode, ? extends Timeline<?>> e :
                    book.timelines(k).entrySet()) {
                for (ParameterValue<?> v : e.getValue().transitions()) {
                    if (files.stream().anyMatch(f -> v.source().startsWith(f))) {
                        assertThat(v.grade()).as(v.source()).isEqualTo(Provenance.ILLUSTRATIVE);
                        assertThat(book.instruments().resolve(v.citation()).rank())
                                .as(v.source())
                                .isEqualTo(InstrumentRank.ILLUSTRATIVE);
                    } else {
                        // the shipped data never holds placeholders
                        assertThat(v.grade()).as(v.source()).isNotEqualTo(Provenance.ILLUSTRATIVE);
                    }
                }
            }
        }
    }

    @Test
    void withoutOverlaysOrPacks_theDefaultBookIsUsed() {
        assertThat(IllustrativeOverlay.book(false, List.of())).isSameAs(PolicyBook.loadDefault());
    }
}
