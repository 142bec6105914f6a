/**
 * The {@code szilard} command: loads and validates scenario files, runs them on the kernel and writes the results.
 * Exports nothing; picocli reaches the commands through the opened package.
 */
module org.szilard.cli {
    requires org.szilard.kernel;
    requires org.szilard.osgi;
    requires info.picocli;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires java.desktop;
    requires org.jfree.jfreechart;

    opens org.szilard.cli to info.picocli;
}
