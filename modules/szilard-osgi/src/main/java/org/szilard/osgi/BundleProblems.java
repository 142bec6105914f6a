package org.szilard.osgi;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.BundleException;
import org.osgi.resource.Requirement;
import org.osgi.service.resolver.ResolutionException;

/** Says in one sentence why Felix could not install or start a bundle, without its internal notation. */
final class BundleProblems {

    /** The name inside a requirement filter such as (&(osgi.wiring.package=org.foo)(version>=1.0.0)). */
    private static final Pattern FILTER_NAME = Pattern.compile("\\(([\\w.]+)=([^)*]+)\\)");

    private BundleProblems() {
    }

    /** The reason a bundle could not be started: its unmet requirements when it did not resolve. */
    static String explain(BundleException e) {
        if (e.getCause() instanceof ResolutionException resolution
                && !resolution.getUnresolvedRequirements().isEmpty()) {
            List<String> missing = resolution.getUnresolvedRequirements().stream().map(BundleProblems::describe)
                    .distinct().toList();
            return "it needs " + String.join(" and ", missing) + ", which no installed bundle provides";
        }
        return e.getMessage();
    }

    private static String describe(Requirement requirement) {
        String filter = requirement.getDirectives().getOrDefault("filter", "");
        Matcher matcher = FILTER_NAME.matcher(filter);
        String name = matcher.find() ? matcher.group(2) : filter;
        return switch (requirement.getNamespace()) {
            case "osgi.wiring.package" -> "the package " + name;
            case "osgi.wiring.bundle" -> "the bundle " + name;
            case "osgi.ee" -> "the execution environment " + filter;
            default -> requirement.getNamespace() + " " + filter;
        };
    }
}
