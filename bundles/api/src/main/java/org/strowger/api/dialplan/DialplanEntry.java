package org.strowger.api.dialplan;

import java.util.Objects;

/**
 * One line of a dialplan listing ({@link Dialplan#listing(String, String)}): a priority or hint of
 * an extension, an include, or an ignore pattern of a context, each with the module that registered
 * it (Asterisk's registrar, {@code pbx_config} for {@code extensions.conf}).
 *
 * @since 1.1
 */
public sealed interface DialplanEntry {

    /** The registrar of everything read from {@code extensions.conf}. */
    String PBX_CONFIG = "pbx_config";

    /** The context the entry belongs to. */
    String context();

    String registrar();

    /**
     * A priority, or the hint, of an extension.
     *
     * @param extension the extension's name as written ({@code _NXX-XXXX})
     * @param label the priority's label, empty if it has none
     * @param priority the priority number, {@link #HINT} for the hint
     * @param application the application, or for the hint its device list
     * @param data the application's arguments as written; empty for the hint
     */
    record Priority(String context, String extension, String label, int priority, String application, String data,
            String registrar) implements DialplanEntry {

        /** The priority number of a hint (Asterisk's {@code PRIORITY_HINT}). */
        public static final int HINT = -1;

        public Priority {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(extension, "extension");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(application, "application");
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(registrar, "registrar");
        }

        public boolean isHint() {
            return priority == HINT;
        }
    }

    /**
     * An {@code include =>} of a context.
     *
     * @param include the include as written, a time condition included ({@code office,09:00-17:00,*,*,*})
     */
    record Include(String context, String include, String registrar) implements DialplanEntry {

        public Include {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(include, "include");
            Objects.requireNonNull(registrar, "registrar");
        }
    }

    /** An {@code ignorepat =>} of a context. */
    record IgnorePattern(String context, String pattern, String registrar) implements DialplanEntry {

        public IgnorePattern {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(registrar, "registrar");
        }
    }
}
