package org.szilard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Builds plugin jars the two ways a plugin author might: with Maven, or with javac and a written manifest. */
final class PluginJars {

    private PluginJars() {
    }

    /**
     * Builds a standalone plugin project with the repository's Maven wrapper, offline. The project resolves
     * org.szilard:szilard-api from a local repository of its own that holds the installation's API jar, chained to
     * the user's repository for Maven's plugins, so nothing is installed into the user's repository.
     *
     * @return the jar in the project's target folder
     */
    static Path maven(Path project, Path apiJar, Path work) throws IOException, InterruptedException {
        Path repository = work.resolve("repository");
        String version = System.getProperty("szilard.version");
        Path api = Files.createDirectories(repository.resolve("org/szilard/szilard-api/" + version));
        Files.copy(apiJar, api.resolve("szilard-api-" + version + ".jar"));
        Files.writeString(api.resolve("szilard-api-" + version + ".pom"), "<project xmlns=\"http://maven.apache.org/"
                + "POM/4.0.0\"><modelVersion>4.0.0</modelVersion><groupId>org.szilard</groupId>"
                + "<artifactId>szilard-api</artifactId><version>" + version + "</version></project>\n");
        Path source = Path.of(System.getProperty("szilard.source"));
        Path log = work.resolve("maven.log");
        Process maven = new ProcessBuilder(source.resolve("mvnw").toString(), "-B", "-q", "-o",
                "-f", project.resolve("pom.xml").toString(), "package",
                "-Dszilard.version=" + version,
                "-Dmaven.repo.local=" + repository,
                "-Dmaven.repo.local.tail=" + System.getProperty("szilard.m2"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(maven.waitFor(5, TimeUnit.MINUTES), "maven did not finish");
        assertEquals(0, maven.exitValue(), Files.readString(log));
        try (Stream<Path> jars = Files.list(project.resolve("target"))) {
            return jars.filter(j -> j.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
    }

    /**
     * Compiles a module's sources against a module path and packs the classes with the folder's META-INF
     * (manifest with the OSGi headers, META-INF/services) into a jar.
     */
    static Path javac(Path sources, List<Path> modulePath, Path jar) throws IOException {
        Path classes = Files.createTempDirectory("classes");
        List<String> files;
        try (Stream<Path> all = Files.walk(sources)) {
            files = all.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17"));
        if (!modulePath.isEmpty()) {
            arguments.addAll(List.of("-p", modulePath.stream().map(Path::toString)
                    .collect(Collectors.joining(java.io.File.pathSeparator))));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
            boolean compiled = javac.getTask(messages, fileManager, null, arguments, null,
                    fileManager.getJavaFileObjectsFromStrings(files)).call();
            assertTrue(compiled, messages.toString());
        }
        Manifest manifest;
        try (InputStream in = Files.newInputStream(sources.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            add(out, classes, classes);
            Path services = sources.resolve("META-INF/services");
            if (Files.isDirectory(services)) {
                add(out, sources, services);
            }
        }
        return jar;
    }

    /** Adds the files under a folder to the jar, named relative to the root. */
    private static void add(JarOutputStream out, Path root, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            out.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
            Files.copy(file, (OutputStream) out);
            out.closeEntry();
        }
    }
}
