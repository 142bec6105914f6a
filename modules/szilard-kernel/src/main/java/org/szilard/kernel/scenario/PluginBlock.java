package org.szilard.kernel.scenario;

import org.szilard.api.param.ParameterValues;

/**
 * One validated block of a scenario: the plugin type and its parameter values (defaults filled in).
 *
 * @param path where the block sits in the scenario ("substance", "reservoirs.hot", "analyzers[1]"), so that
 *             errors raised while the plugin is created can be placed in the file
 * @param type the plugin type id
 * @param parameters the validated values
 */
public record PluginBlock(String path, String type, ParameterValues parameters) {
}
