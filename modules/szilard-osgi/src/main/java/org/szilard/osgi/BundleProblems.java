package org.szilard.osgi;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.BundleException;

/** Says in one sentence why Felix could not start a bundle, without the resolver's internal notation. */
final class BundleProblems {

    /** A requirement inside a resolver message, e.g. (osgi.wiring.package=org.foo) or (&(osgi.ee=JavaSE)...). */
    private static final Pattern REQUIREMENT = Pattern.compile("\\((osgi\\.wiring\\.package|osgi\\.wiring\\.bundle|"
            + "osgi\\.extender|osgi\\.ee)=([^)]+)\\)");
    private static final String UNRESOLVED = "Unresolved requirements:";

    private BundleProblems() {
    }

    /** The reason a bundle could not be started: what it needs when it did not resolve, else Felix's message. */
    static String explain(BundleException e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf(UNRESOLVED);
        Matcher matcher = REQUIREMENT.matcher(end < 0 ? message : message.substring(0, end));
        Set<String> missing = new LinkedHashSet<>();
        while (matcher.find()) {
            missing.add(describe(matcher.group(1), matcher.group(2)));
        }
        if (e.getType() != BundleException.RESOLVE_ERROR || missing.isEmpty()) {
            return message;
        }
        return "it needs " + String.join(" and ", missing) + ", which no installed bundle provides";
    }

    private static String describe(String namespace, String name) {
        return switch (namespace) {
            case "osgi.wiring.package" -> "the package " + name;
            case "osgi.wiring.bundle" -> "the bundle " + name;
            case "osgi.extender" -> "the extender " + name;
            default -> "Java " + name;
        };
    }
}
