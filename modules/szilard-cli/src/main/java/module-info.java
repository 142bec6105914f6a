/**
 * The {@code szilard} command: loads and validates scenario files, runs them on the kernel and writes the results.
 * Exports nothing.
 */
module org.szilard.cli {
    requires org.szilard.kernel;
    requires org.szilard.osgi;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires java.desktop;
    requires org.jfree.jfreechart;
}
