package org.strowger.codec.alaw.internal;

import java.io.PrintStream;

import org.strowger.codec.support.G711FileToolContract;

public class AlawFileToolTest extends G711FileToolContract {

    @Override
    protected int run(String[] args, PrintStream err) {
        return AlawFileTool.run(args, err);
    }

    @Override
    protected String jarName() {
        return "codec-alaw";
    }

    @Override
    protected String codesVector() {
        return "sweep-r.a";
    }

    @Override
    protected String decodedVector() {
        return "sweep-r.a-a";
    }
}
