package org.minzheng.core.validation.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles test sources with {@link ConstraintProcessor}, as minzheng's modules compile their facts types. */
final class ProcessorCompilation {

    private ProcessorCompilation() {}

    /**
     * Writes each source under {@code dir/src} and compiles them all, the processor's output and
     * the classes into {@code dir/out}; fails the test if javac does.
     *
     * @param dir     a fresh directory
     * @param sources qualified name ({@code pkg.Name}) → the class's text after its package line
     * @param header  the imports written after each package line
     * @return javac's diagnostics
     */
    static String compile(Path dir, Map<String, String> sources, String header) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            int dot = e.getKey().lastIndexOf('.');
            String pkg = e.getKey().substring(0, dot);
            Path src = dir.resolve("src").resolve(pkg.replace('.', '/'));
            Files.createDirectories(src);
            Path f = src.resolve(e.getKey().substring(dot + 1) + ".java");
            Files.writeString(f, "package " + pkg + ";\n" + header + e.getValue(), StandardCharsets.UTF_8);
            files.add(f);
        }
        Path out = out(dir);
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        List<String> options = List.of(
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                out.toString(),
                "-s",
                out.toString(),
                "-implicit:class",
                "-Xlint:none");
        var units =
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjectsFromPaths(files);
        JavaCompiler.CompilationTask task = javac.getTask(log, null, null, options, null, units);
        // the processor instance of this class loader (not javac's own loading of it by name)
        task.setProcessors(List.of(new ConstraintProcessor()));
        Boolean ok = task.call();
        String diagnostics = log.toString();
        assertThat(ok).as(diagnostics).isTrue();
        return diagnostics;
    }

    /** @return where {@link #compile} writes the classes and generated sources */
    static Path out(Path dir) {
        return dir.resolve("out");
    }
}
