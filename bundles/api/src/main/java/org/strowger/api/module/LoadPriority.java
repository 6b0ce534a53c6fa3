package org.strowger.api.module;

import java.util.Locale;
import java.util.Optional;

/**
 * Asterisk's module load priorities ({@code enum module_load_priority}): lower loads first, so
 * resources and codecs are running before the channel drivers that use them. The
 * {@code priority=} attribute of the {@code Strowger-Module} header takes one of these names (case
 * does not matter, {@code channel} is short for {@code channel_driver}) or a number.
 */
public enum LoadPriority {
    REALTIME_DEPEND(10),
    REALTIME_DEPEND2(20),
    REALTIME_DRIVER(30),
    CORE(40),
    TIMING(50),
    CHANNEL_DEPEND(60),
    CHANNEL_DRIVER(70),
    APP_DEPEND(80),
    DEVSTATE_PROVIDER(90),
    DEVSTATE_PLUGIN(100),
    CDR_DRIVER(110),
    DEFAULT(128),
    DEVSTATE_CONSUMER(150);

    private final int value;

    LoadPriority(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    /**
     * The numeric priority for a header value: a name of this enum, {@code channel}, or a number.
     *
     * @return empty when the text is neither
     */
    public static Optional<Integer> parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("CHANNEL")) {
            return Optional.of(CHANNEL_DRIVER.value);
        }
        for (LoadPriority p : values()) {
            if (p.name().equals(t)) {
                return Optional.of(p.value);
            }
        }
        try {
            int n = Integer.parseInt(t);
            return n >= 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
