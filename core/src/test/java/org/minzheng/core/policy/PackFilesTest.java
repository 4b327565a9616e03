package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every instrument and every region is defined in one shipped pack file only, so that a
 * maintainer changes it in one place (instruments several modules cite, and regions, live in the
 * core pack). Reads the pack files of every module in the source tree.
 */
class PackFilesTest {

    @Test
    void instrumentsAndRegions_areEachDefinedOnce() throws IOException {
        Map<String, List<String>> definedIn = new TreeMap<>();
        for (Path f : YamlSubsetTest.shippedPackFiles()) {
            YamlTree.Node root = YamlTree.read(Files.readString(f, StandardCharsets.UTF_8));
            String file = f.getParent().getFileName() + "/" + f.getFileName();
            for (String section : List.of("instruments", "regions")) {
                YamlTree.Node list = root.map().get(section);
                if (list == null) {
                    continue;
                }
                for (YamlTree.Node row : list.list()) {
                    String id = section.equals("instruments")
                            ? row.map().get("id").text()
                            : "region " + row.map().get("code").text();
                    definedIn.computeIfAbsent(id, k -> new ArrayList<>()).add(file);
                }
            }
        }
        assertThat(definedIn)
                .containsKeys("huzhou-civil-affairs-2024-report", "mca-extreme-poverty-2021", "region 330100");
        assertThat(definedIn.get("huzhou-civil-affairs-2024-report")).containsExactly("policy/core.yaml");
        definedIn.forEach((id, files) -> assertThat(files).as(id).hasSize(1));
    }
}
