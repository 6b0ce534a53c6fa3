package org.strowger.codec.ulaw.internal;

import java.io.PrintStream;

import org.strowger.codec.support.G711FileToolContract;

public class UlawFileToolTest extends G711FileToolContract {

    @Override
    protected int run(String[] args, PrintStream err) {
        return UlawFileTool.run(args, err);
    }

    @Override
    protected String jarName() {
        return "codec-ulaw";
    }

    @Override
    protected String codesVector() {
        return "sweep-r.u";
    }

    @Override
    protected String decodedVector() {
        return "sweep-r.u-u";
    }
}
