package org.szilard.api.param;

/**
 * Thrown by a plugin when a parameter value passed the type and range checks but is still unusable, for example a
 * reservoir name that the scenario does not define. The loader reports it at the key's place in the scenario file.
 */
public class InvalidParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    /**
     * @param key the parameter's name, or a dotted path into a group ("control.hot"); empty for the block itself
     * @param message what is wrong and what was expected
     */
    public InvalidParameterException(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
