module org.nowhere {
    exports org.nowhere;
}
