package org.strowger.community.directory;

/** community.conf cannot be used; the message names file and line ({@code community.conf:12: ...}). */
public final class CommunityConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /** @param line the line at fault, 0 when the problem concerns the whole file */
    public CommunityConfigException(String file, int line, String reason) {
        super(line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
