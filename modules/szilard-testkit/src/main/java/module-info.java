/**
 * Helpers for testing Szilard plugins: a plugin author's tests create providers with their defaults filled in, as
 * the kernel does, and compare operators.
 */
module org.szilard.testkit {
    requires transitive org.szilard.api;
    requires org.szilard.kernel;
    requires org.junit.jupiter.api;

    exports org.szilard.testkit;
}
