package org.strowger.codec.ulaw.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The bundle jar as a command-line tool: {@code java -jar <jar> encode IN OUT} turns raw 16-bit
 * little-endian mono 8 kHz audio into mu-law, one byte per sample; {@code decode IN OUT} does the
 * reverse. Bad input gives one line on stderr and exit code 2, never a stack trace.
 */
public final class UlawFileTool {

    static final int OK = 0;
    static final int BAD_INPUT = 2;

    private static final String USAGE = "usage: java -jar <codec-ulaw jar> encode|decode IN OUT";

    private UlawFileTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /** Runs one command; returns the exit code and prints any error as one line on {@code err}. */
    static int run(String[] args, PrintStream err) {
        if (args.length != 3 || !(args[0].equals("encode") || args[0].equals("decode"))) {
            err.println(USAGE);
            return BAD_INPUT;
        }
        try {
            Path in = Paths.get(args[1]);
            Path out = Paths.get(args[2]);
            byte[] input = Files.readAllBytes(in);
            byte[] output;
            if (args[0].equals("encode")) {
                if ((input.length & 1) != 0) {
                    err.println("error: " + in + " holds " + input.length
                            + " bytes, an odd count: raw audio is 16-bit little-endian samples");
                    return BAD_INPUT;
                }
                output = new byte[input.length / 2];
                Ulaw.encode(input, output, output.length);
            } else {
                if (input.length > Integer.MAX_VALUE / 2 - 8) {
                    err.println("error: " + in + " is too large to decode in one piece");
                    return BAD_INPUT;
                }
                output = new byte[input.length * 2];
                Ulaw.decode(input, output, input.length);
            }
            Files.write(out, output);
            return OK;
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + e.getFile());
            return BAD_INPUT;
        } catch (IOException | InvalidPathException | SecurityException e) {
            err.println("error: " + describe(e));
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println("error: input too large to convert in memory");
            return BAD_INPUT;
        }
    }

    private static String describe(Exception e) {
        if (e instanceof FileSystemException fse) {
            // its message is often just the path; say what went wrong with it
            String reason = fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName();
            return fse.getFile() + ": " + reason;
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.replace('\n', ' ');
    }
}
