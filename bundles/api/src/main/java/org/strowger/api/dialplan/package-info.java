/**
 * The dialplan: the {@code DialplanApplication} SPI (service property {@code name}) and the core's
 * {@code Dialplan}, which answers whether an extension exists and runs channels through
 * {@code extensions.conf}.
 */
@Export
@Version("1.1.0")
package org.strowger.api.dialplan;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
