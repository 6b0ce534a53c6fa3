/**
 * Media: audio formats, voice frames and the {@code Translator} SPI through which codec bundles
 * convert between formats.
 */
@Export
@Version("1.0.0")
package org.strowger.api.media;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
