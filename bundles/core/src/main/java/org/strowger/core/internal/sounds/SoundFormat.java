package org.strowger.core.internal.sounds;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.strowger.api.media.Format;
import org.strowger.api.media.VoiceFrame;

/**
 * The file formats a prompt can be stored in, by file extension, as Asterisk's format modules name
 * them: {@code sln}/{@code raw} (format_sln: headerless 16-bit signed little-endian 8 kHz),
 * {@code ulaw}/{@code ul}/{@code pcm}/{@code mu}/{@code ulw} and {@code alaw}/{@code al}/{@code alw}
 * (format_pcm: headerless G.711, 8 kHz), and {@code wav} (format_wav: RIFF, PCM 16-bit mono 8 kHz).
 * The order is the preference when a name exists in several formats.
 */
enum SoundFormat {
    SLN(Format.SLIN, "sln", "raw"),
    ULAW(Format.ULAW, "ulaw", "ul", "pcm", "mu", "ulw"),
    ALAW(Format.ALAW, "alaw", "al", "alw"),
    WAV(Format.SLIN, "wav");

    private final Format format;
    private final String[] extensions;

    SoundFormat(Format format, String... extensions) {
        this.format = format;
        this.extensions = extensions;
    }

    String[] extensions() {
        return extensions;
    }

    Format format() {
        return format;
    }

    /** Cuts the file's bytes into 20 ms frames; the last frame holds what is left. */
    List<VoiceFrame> frames(byte[] file, String location) throws IOException {
        byte[] audio = this == WAV ? wavData(file, location) : file;
        int bytesPerFrame = format.bytesPer20Ms();
        int bytesPerSample = bytesPerFrame / format.samplesPer20Ms();
        int usable = audio.length - audio.length % bytesPerSample;
        List<VoiceFrame> frames = new ArrayList<>(usable / bytesPerFrame + 1);
        for (int offset = 0; offset < usable; offset += bytesPerFrame) {
            int length = Math.min(bytesPerFrame, usable - offset);
            byte[] payload = new byte[length];
            System.arraycopy(audio, offset, payload, 0, length);
            frames.add(new VoiceFrame(format, payload, length / bytesPerSample));
        }
        return frames;
    }

    /** The samples of a WAV file that Asterisk's format_wav would play: PCM, 16 bits, one channel, 8 kHz. */
    private static byte[] wavData(byte[] file, String location) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (file.length < 12 || buffer.getInt(0) != 0x46464952 || buffer.getInt(8) != 0x45564157) {
            throw new IOException(location + " is not a RIFF/WAVE file");
        }
        Optional<int[]> fmt = Optional.empty();
        int position = 12;
        while (position + 8 <= file.length) {
            int id = buffer.getInt(position);
            int size = buffer.getInt(position + 4);
            int body = position + 8;
            if (size < 0 || body + (long) size > file.length) {
                size = file.length - body; // a truncated last chunk: take what is there, as Asterisk does
            }
            if (id == 0x20746d66) { // "fmt "
                if (size < 16) {
                    throw new IOException(location + ": fmt chunk too short");
                }
                fmt = Optional.of(new int[] {buffer.getShort(body) & 0xffff, buffer.getShort(body + 2) & 0xffff,
                    buffer.getInt(body + 4), buffer.getShort(body + 14) & 0xffff});
            } else if (id == 0x61746164) { // "data"
                int[] f = fmt.orElseThrow(() -> new IOException(location + ": data before fmt"));
                if (f[0] != 1 || f[1] != 1 || f[2] != 8000 || f[3] != 16) {
                    throw new IOException(location + ": not 8000 Hz 16-bit mono PCM (format " + f[0] + ", " + f[1]
                            + " channels, " + f[2] + " Hz, " + f[3] + " bits)");
                }
                byte[] data = new byte[size];
                System.arraycopy(file, body, data, 0, size);
                return data;
            }
            position = body + size + (size & 1);
        }
        throw new IOException(location + " has no data chunk");
    }
}
