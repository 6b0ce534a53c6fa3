/**
 * Media: audio formats, voice frames, the {@code Translator} SPI through which codec bundles
 * convert between formats, and the core's {@code TranslationPaths} that chain translators into
 * least-cost paths.
 */
@Export
@Version("1.1.0")
package org.strowger.api.media;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
