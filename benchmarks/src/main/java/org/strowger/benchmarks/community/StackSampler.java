package org.strowger.benchmarks.community;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the stacks of this JVM's running threads every few milliseconds and counts how many runnable samples
 * are inside PBKDF2 (SunJCE's {@code PBKDF2KeyImpl}, or {@code PBKDF2} anywhere in the frames): the share of CPU
 * that key stretching takes, without a profiler.
 */
final class StackSampler implements AutoCloseable {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Thread thread;
    private final AtomicLong runnable = new AtomicLong();
    private final AtomicLong inPbkdf2 = new AtomicLong();
    private volatile boolean running = true;

    StackSampler() {
        thread = new Thread(this::run, "stack-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long self = Thread.currentThread().getId();
        while (running) {
            for (ThreadInfo info : threads.dumpAllThreads(false, false, 24)) {
                if (info.getThreadId() == self || info.getThreadState() != Thread.State.RUNNABLE) {
                    continue;
                }
                StackTraceElement[] stack = info.getStackTrace();
                if (stack.length == 0 || isIdleNative(stack[0])) {
                    continue; // parked in epoll or a socket read: not using CPU
                }
                runnable.incrementAndGet();
                for (StackTraceElement e : stack) {
                    if (e.getClassName().contains("PBKDF2")) {
                        inPbkdf2.incrementAndGet();
                        break;
                    }
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Threads the JVM reports RUNNABLE while they wait in native code (epoll, accept, socket reads, the reference
     * handler, the process reaper), or that are taking a thread dump.
     */
    private static boolean isIdleNative(StackTraceElement top) {
        if (!top.isNativeMethod()) {
            return false;
        }
        String m = top.getMethodName().toLowerCase(java.util.Locale.ROOT);
        return m.contains("wait") || m.contains("accept") || m.contains("read") || m.contains("poll")
                || m.contains("receive") || m.contains("dumpthreads");
    }

    String summary() {
        long r = runnable.get();
        return String.format(Locale.ROOT, "%d busy samples, %.1f %% in PBKDF2", r, r == 0 ? 0 : 100.0 * inPbkdf2.get() / r);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
