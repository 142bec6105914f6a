package org.szilard.kernel.scenario;

/**
 * A scenario that is well formed but cannot be run as given, found while the plugins are created: a plugin rejected
 * a value, a reservoir is named that does not exist, an initial state is not a density matrix.
 */
public class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String blockPath;
    private final String key;

    /**
     * @param blockPath the block's path, as in {@link PluginBlock#path()}
     * @param key the parameter (dotted path into groups) or "" for the block as a whole
     * @param message what is wrong and what was expected
     */
    public ConfigurationException(String blockPath, String key, String message) {
        super(message);
        this.blockPath = blockPath;
        this.key = key;
    }

    public String blockPath() {
        return blockPath;
    }

    public String key() {
        return key;
    }
}
