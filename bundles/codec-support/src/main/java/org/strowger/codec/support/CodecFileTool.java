package org.strowger.codec.support;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * A codec bundle jar as a command-line tool: {@code java -jar <jar> encode IN OUT} turns raw 16-bit
 * little-endian mono 8 kHz audio into the codec's bytes, {@code decode IN OUT} does the reverse. Bad
 * input gives one line on stderr and exit code 2, never a stack trace.
 */
public final class CodecFileTool {

    public static final int OK = 0;
    public static final int BAD_INPUT = 2;

    private final String jarName;
    private final int codedBytesPerSample;
    private final Conversion encode;
    private final Conversion decode;

    /**
     * @param jarName how the usage line names the jar, e.g. {@code codec-ulaw}
     * @param codedBytesPerSample bytes of the codec per sample (1 for G.711)
     */
    public CodecFileTool(String jarName, int codedBytesPerSample, Conversion encode, Conversion decode) {
        this.jarName = jarName;
        this.codedBytesPerSample = codedBytesPerSample;
        this.encode = encode;
        this.decode = decode;
    }

    /** Runs one command; returns the exit code and prints any error as one line on {@code err}. */
    public int run(String[] args, PrintStream err) {
        if (args.length != 3 || !(args[0].equals("encode") || args[0].equals("decode"))) {
            err.println("usage: java -jar <" + jarName + " jar> encode|decode IN OUT");
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
                int samples = input.length / 2;
                output = new byte[samples * codedBytesPerSample];
                encode.convert(input, output, samples);
            } else {
                if (input.length % codedBytesPerSample != 0) {
                    err.println("error: " + in + " holds " + input.length + " bytes, not whole samples");
                    return BAD_INPUT;
                }
                int samples = input.length / codedBytesPerSample;
                if (samples > Integer.MAX_VALUE / 2 - 8) {
                    err.println("error: " + in + " is too large to decode in one piece");
                    return BAD_INPUT;
                }
                output = new byte[samples * 2];
                decode.convert(input, output, samples);
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

    /** One line for an operator about a failed file operation: the file and what went wrong with it. */
    public static String describe(Exception e) {
        if (e instanceof FileSystemException fse) {
            // its message is often just the path; say what went wrong with it
            String reason = fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName();
            return fse.getFile() + ": " + reason;
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.replace('\n', ' ');
    }
}
