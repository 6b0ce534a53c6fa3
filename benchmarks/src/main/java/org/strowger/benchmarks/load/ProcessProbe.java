package org.strowger.benchmarks.load;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What the harnesses read about their own JVM: CPU time (the whole process and the media threads),
 * bytes the media threads allocated, garbage collections, live threads, heap and open files.
 */
final class ProcessProbe {

    static final String MEDIA_THREAD_PREFIX = "strowger-media-";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** CPU time of every thread of the process, including the JIT and the garbage collector. */
    long processCpuNanos() {
        return os.getProcessCpuTime();
    }

    /** A point-in-time reading of the media threads and the collector. */
    Snapshot snapshot() {
        long cpu = 0;
        long allocated = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(MEDIA_THREAD_PREFIX)) {
                cpu += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
                allocated += Math.max(0, threads.getThreadAllocatedBytes(info.getThreadId()));
            }
        }
        long collections = 0;
        long collectionMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += Math.max(0, gc.getCollectionCount());
            collectionMillis += Math.max(0, gc.getCollectionTime());
        }
        return new Snapshot(System.nanoTime(), processCpuNanos(), cpu, allocated, collections, collectionMillis);
    }

    /**
     * @param wallNanos {@link System#nanoTime()}
     * @param processCpuNanos all threads' CPU
     * @param mediaCpuNanos the media threads' CPU
     * @param mediaAllocatedBytes bytes the media threads allocated since they started
     * @param collections garbage collections so far
     * @param collectionMillis time spent in them
     */
    record Snapshot(long wallNanos, long processCpuNanos, long mediaCpuNanos, long mediaAllocatedBytes, long collections,
            long collectionMillis) {
    }

    int liveThreads() {
        return threads.getThreadCount();
    }

    /** Heap in use once the collector has run; two collections so that finalisable garbage goes too. */
    long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Open file descriptors of the process (Linux: {@code /proc/self/fd}); -1 where that cannot be read. */
    long openFileDescriptors() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        } catch (IOException | UnsupportedOperationException e) {
            return -1;
        }
    }
}
