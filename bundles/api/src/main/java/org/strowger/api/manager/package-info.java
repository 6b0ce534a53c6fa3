/**
 * The manager interface (AMI) as seen by the modules that extend it: an action is a
 * {@link org.strowger.api.manager.ManagerAction} service that turns a
 * {@link org.strowger.api.manager.ManagerRequest} into a
 * {@link org.strowger.api.manager.ManagerResponse}; events come from the core's
 * {@link org.strowger.api.event.EventBus}. The wire format (CRLF framing, ActionID echo, the
 * Privilege header, list events) is the manager bundle's business.
 */
@Export
@Version("1.1.0")
package org.strowger.api.manager;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
