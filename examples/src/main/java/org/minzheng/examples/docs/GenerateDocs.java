package org.minzheng.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Regenerates the generated documentation in a checkout: the policy book ({@code docs/policy/},
 * {@link PolicyBookWriter}) and the JSON Schemas ({@code docs/schemas/}, {@link SchemaWriter}).
 * Files in those directories that are no longer generated (a program removed or renamed) are
 * deleted. Run it with {@value PolicyBookWriter#REGENERATE} (the {@code policy-book} execution of
 * exec-maven-plugin in {@code examples/pom.xml}).
 */
public final class GenerateDocs {

    private GenerateDocs() {}

    /**
     * @param args the repository root (default: the working directory)
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path cases = root.resolve("examples/cases");
        if (!Files.isDirectory(cases)) {
            throw new IllegalArgumentException(root + " is not the repository root: no examples/cases");
        }
        int book = write(
                root.resolve(PolicyBookWriter.DIRECTORY),
                PolicyBookWriter.standard(cases).pages(),
                ".md");
        int schemas = write(
                root.resolve(SchemaWriter.DIRECTORY),
                SchemaWriter.of(org.minzheng.core.program.ProgramRegistry.loadDefault())
                        .files(),
                ".json");
        System.out.println("minzheng: " + book + " policy book pages in " + PolicyBookWriter.DIRECTORY + ", " + schemas
                + " schemas in " + SchemaWriter.DIRECTORY);
    }

    /**
     * Writes the files under a directory and deletes the files with the suffix that are not among them.
     *
     * @return how many files were written
     */
    static int write(Path dir, Map<Path, String> files, String suffix) throws IOException {
        for (Path stale : stale(dir, files, suffix)) {
            Files.delete(dir.resolve(stale));
        }
        for (Map.Entry<Path, String> e : files.entrySet()) {
            Path target = dir.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            if (!Files.isRegularFile(target) || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                Files.write(target, bytes);
            }
        }
        return files.size();
    }

    /**
     * @param dir    a directory
     * @param files  the files that should be there, by relative path
     * @param suffix the suffix of generated files
     * @return the files with that suffix under the directory that are not generated, by relative path
     */
    public static List<Path> stale(Path dir, Map<Path, String> files, String suffix) {
        List<Path> stale = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return stale;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .map(dir::relativize)
                    .filter(p -> !files.containsKey(p))
                    .sorted()
                    .forEach(stale::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stale;
    }
}
