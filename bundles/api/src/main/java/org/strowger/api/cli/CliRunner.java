package org.strowger.api.cli;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs one Asterisk CLI line and returns the text it printed, exactly as the Karaf shell and ssh
 * show it. The line {@code X Y Z...} runs the Karaf command {@code X:Y Z...}.
 *
 * <p>Used by the AMI {@code Command} action, so shell, ssh and AMI print the same text.
 */
@ProviderType
public interface CliRunner {

    /**
     * Runs {@code line} with the shell's administrator rights.
     *
     * @param line an Asterisk CLI line such as {@code module show like chan}
     * @return everything the command printed; Asterisk's {@code No such command '...'} text when
     *     no command matches. Never {@code null}.
     */
    String run(String line);

    /**
     * Turns an Asterisk CLI line into the Karaf command line that runs it: the first space
     * becomes a colon ({@code core show version} becomes {@code core:show version}).
     */
    static String toKarafCommand(String line) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            return trimmed;
        }
        return trimmed.substring(0, space) + ':' + trimmed.substring(space + 1).stripLeading();
    }
}
