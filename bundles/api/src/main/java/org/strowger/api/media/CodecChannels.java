package org.strowger.api.media;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How many channels of a licensed codec are in use: each open translator session is one encoder or
 * one decoder channel (a call transcoding both ways uses one of each). Codec bundles whose channels
 * are licensed (G.729) register one of these per format; a licensing module reads it to report and
 * limit use, as Digium's {@code g729 show licenses} does.
 */
@ProviderType
public interface CodecChannels {

    /** Service property: the name of the counted format, e.g. {@code g729}. */
    String FORMAT = "format";

    Format format();

    /** Sessions open that turn another format into this one. */
    int encoders();

    /** Sessions open that turn this format into another. */
    int decoders();

    /** All sessions open, encoders and decoders. */
    default int active() {
        return encoders() + decoders();
    }
}
