package org.strowger.codec.support;

/** Converts a number of samples from one encoding's bytes to another's, into a given array. */
@FunctionalInterface
public interface Conversion {

    void convert(byte[] in, byte[] out, int samples);
}
