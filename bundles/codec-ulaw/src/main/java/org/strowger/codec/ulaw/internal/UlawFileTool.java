package org.strowger.codec.ulaw.internal;

import java.io.PrintStream;

import org.strowger.codec.support.CodecFileTool;

/**
 * The bundle jar as a command-line tool: {@code java -jar <jar> encode IN OUT} turns raw 16-bit
 * little-endian mono 8 kHz audio into mu-law, one byte per sample; {@code decode IN OUT} does the
 * reverse. Bad input gives one line on stderr and exit code 2, never a stack trace.
 */
public final class UlawFileTool {

    static final int OK = CodecFileTool.OK;
    static final int BAD_INPUT = CodecFileTool.BAD_INPUT;

    private static final CodecFileTool TOOL = new CodecFileTool("codec-ulaw", 1, Ulaw::encode, Ulaw::decode);

    private UlawFileTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /** Runs one command; returns the exit code and prints any error as one line on {@code err}. */
    static int run(String[] args, PrintStream err) {
        return TOOL.run(args, err);
    }
}
