package org.strowger.benchmarks.codec;

import org.openjdk.jol.info.GraphLayout;
import org.strowger.codec.g729.internal.G729Decoder;
import org.strowger.codec.g729.internal.G729Encoder;

/**
 * The memory one G.729 channel holds: the whole object graph of one encoder and of one decoder
 * (state and scratch arrays, not the shared constant tables), as JOL measures it in this JVM.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.strowger.benchmarks.codec.G729StateSize</pre>
 */
public final class G729StateSize {

    private G729StateSize() {
    }

    public static void main(String[] args) {
        report("encoder", GraphLayout.parseInstance(new G729Encoder()));
        report("decoder", GraphLayout.parseInstance(new G729Decoder()));
    }

    private static void report(String what, GraphLayout layout) {
        System.out.printf("%s: %d bytes in %d objects%n", what, layout.totalSize(), layout.totalCount());
    }
}
