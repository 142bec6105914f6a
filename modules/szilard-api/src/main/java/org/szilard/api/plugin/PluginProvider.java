package org.szilard.api.plugin;

import java.util.List;
import org.szilard.api.param.Parameter;
import org.szilard.api.param.ParameterValues;

/**
 * A provider of one plugin type, found at runtime (ServiceLoader on the class or module path, the OSGi service
 * registry in Felix) and selected by the {@code type} key of a scenario block. Providers are stateless factories:
 * the kernel calls {@link #create} once per simulation.
 *
 * @param <T> what the provider creates
 */
public interface PluginProvider<T> {

    /** The type id used in scenario files, lower case with dashes ("spin", "bosonic", "otto"). */
    String type();

    /** One line saying what the plugin is. */
    String description();

    /** The parameters the plugin accepts, in the order they are documented. */
    List<Parameter> parameters();

    /**
     * Creates the plugin from validated parameters.
     *
     * @throws org.szilard.api.param.InvalidParameterException when values are individually valid but unusable
     */
    T create(ParameterValues parameters, ScenarioContext context);
}
