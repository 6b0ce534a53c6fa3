package org.strowger.chantest.internal;

/**
 * The most recent bytes of received audio, at most {@code limit}: a buffer that grows (doubling)
 * until it reaches the limit and is then used as a ring, so a long call costs bounded memory and a
 * short one little. Not thread-safe; the channel guards it.
 */
final class ReceivedAudio {

    private static final int FIRST_CAPACITY = 4096;

    private final int limit;
    private byte[] buffer = new byte[0];
    /** Where the next byte goes. */
    private int end;
    /** Bytes held: {@code end} until the ring wraps, then {@code buffer.length}. */
    private int size;

    ReceivedAudio(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("a byte limit cannot be negative: " + limit);
        }
        this.limit = limit;
    }

    void append(byte[] bytes) {
        if (limit == 0) {
            return;
        }
        int offset = 0;
        int length = bytes.length;
        if (length >= limit) {
            offset = length - limit;
            length = limit;
        }
        ensureRoom(length);
        int first = Math.min(length, buffer.length - end);
        System.arraycopy(bytes, offset, buffer, end, first);
        System.arraycopy(bytes, offset + first, buffer, 0, length - first);
        end = (end + length) % buffer.length;
        size = Math.min(buffer.length, size + length);
    }

    byte[] snapshot() {
        byte[] copy = new byte[size];
        int start = (end - size + buffer.length) % Math.max(1, buffer.length);
        int first = Math.min(size, buffer.length - start);
        System.arraycopy(buffer, start, copy, 0, first);
        System.arraycopy(buffer, 0, copy, first, size - first);
        return copy;
    }

    private void ensureRoom(int length) {
        if (size + length <= buffer.length || buffer.length == limit) {
            return;
        }
        int capacity = Math.max(buffer.length, FIRST_CAPACITY);
        while (capacity < size + length && capacity < limit) {
            capacity *= 2;
        }
        byte[] grown = new byte[Math.min(capacity, limit)];
        byte[] held = snapshot();
        System.arraycopy(held, 0, grown, 0, held.length);
        buffer = grown;
        end = held.length % grown.length;
        size = held.length;
    }
}
