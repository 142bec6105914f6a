package org.nowhere;

/** Something a plugin needs and the installation lacks. */
public final class Thing {
}
