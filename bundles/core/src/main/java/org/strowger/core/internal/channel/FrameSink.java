package org.strowger.core.internal.channel;

import org.strowger.api.media.Frame;

/** Takes the frames a channel receives from its far end while something (a bridge) holds the channel. */
@FunctionalInterface
interface FrameSink {

    /** Called on the driver's thread; must not block. */
    void onFrame(ChannelImpl source, Frame frame);
}
