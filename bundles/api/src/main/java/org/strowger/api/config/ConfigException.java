package org.strowger.api.config;

/**
 * A configuration file could not be used. The message names the file and line ({@code
 * extensions.conf:12: no closing ']'}) so that an operator can fix it without a stack trace.
 */
public class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String reason;

    /**
     * @param file the file at fault, relative to the configuration directory
     * @param line the line at fault, or 0 when the problem concerns the whole file
     * @param reason what is wrong, in words an operator can act on
     */
    public ConfigException(String file, int line, String reason) {
        super(line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** The line at fault, from 1; 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** The reason without the location. */
    public String reason() {
        return reason;
    }
}
