package org.strowger.api.media;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Converts audio from one format to another: Asterisk's {@code ast_translator}. Codec bundles
 * register translators as services with the properties {@value #FROM} and {@value #TO} (format
 * names); the core builds least-cost paths from them and rebuilds the paths whenever a translator
 * comes or goes.
 */
@ConsumerType
public interface Translator {

    /** Service property: the source format's name. */
    String FROM = "from";
    /** Service property: the target format's name. */
    String TO = "to";

    Format from();

    Format to();

    /**
     * A new conversion for one direction of one call. It may keep state (a G.729 encoder does);
     * the core closes it when the call ends or its path changes.
     */
    TranslatorSession open();

    /**
     * Typical audio in the {@link #from()} format, 20 ms of it. The core runs one second of these
     * through a session to measure the cost that {@code core show translation} prints.
     */
    VoiceFrame sample();
}
