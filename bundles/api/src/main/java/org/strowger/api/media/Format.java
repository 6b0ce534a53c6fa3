package org.strowger.api.media;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An audio format, named as Asterisk names it ({@code slin}, {@code ulaw}, {@code alaw},
 * {@code g729}). Instances are interned: compare with {@code ==} or {@code equals}.
 */
public final class Format {

    /** Signed linear 16-bit, 8 kHz, little-endian: every translation path goes through it. */
    public static final Format SLIN = new Format("slin", 8000, 320);
    /** G.711 mu-law, one byte per sample. */
    public static final Format ULAW = new Format("ulaw", 8000, 160);
    /** G.711 A-law, one byte per sample. */
    public static final Format ALAW = new Format("alaw", 8000, 160);
    /** G.729 Annex A, ten bytes per 10 ms. */
    public static final Format G729 = new Format("g729", 8000, 20);

    private static final List<Format> KNOWN = List.of(SLIN, ULAW, ALAW, G729);

    private final String name;
    private final int sampleRate;
    private final int bytesPer20Ms;

    private Format(String name, int sampleRate, int bytesPer20Ms) {
        this.name = name;
        this.sampleRate = sampleRate;
        this.bytesPer20Ms = bytesPer20Ms;
    }

    /** The formats the PBX knows, in Asterisk's display order. */
    public static List<Format> known() {
        return KNOWN;
    }

    /** The format with this name, any case ({@code ULAW}, {@code ulaw}). */
    public static Optional<Format> byName(String name) {
        String wanted = Objects.requireNonNull(name, "name").strip().toLowerCase(Locale.ROOT);
        return KNOWN.stream().filter(f -> f.name.equals(wanted)).findFirst();
    }

    public String name() {
        return name;
    }

    /** Samples per second. */
    public int sampleRate() {
        return sampleRate;
    }

    /** Bytes in 20 ms of audio, the default frame length. */
    public int bytesPer20Ms() {
        return bytesPer20Ms;
    }

    /** Samples in 20 ms of audio. */
    public int samplesPer20Ms() {
        return sampleRate / 50;
    }

    @Override
    public String toString() {
        return name;
    }
}
