package org.strowger.manager.internal.action;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;
import org.strowger.api.system.SystemInfo;
import org.strowger.manager.internal.ManagerServer;

/**
 * {@code CoreSettings} (action_coresettings): Success with the core's settings and no Message.
 * Strowger has no maxcalls, maxload, run user or group, file-handle limit, realtime, CDR or HTTP
 * manager, so those report what an Asterisk without them set reports: 0, empty and No.
 */
@Component(property = {ManagerAction.ACTION + "=CoreSettings", ManagerAction.PRIVILEGE + "=system,reporting"})
public final class CoreSettingsAction implements ManagerAction {

    private final SystemInfo system;

    @Activate
    public CoreSettingsAction(@Reference SystemInfo system) {
        this.system = system;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        return ManagerResponse.success()
                .with("AMIversion", ManagerServer.AMI_VERSION)
                .with("AsteriskVersion", system.version())
                .with("SystemName", "")
                .with("CoreMaxCalls", 0)
                // printf %f
                .with("CoreMaxLoadAvg", "0.000000")
                .with("CoreRunUser", "")
                .with("CoreRunGroup", "")
                .with("CoreMaxFilehandles", 0)
                .with("CoreRealTimeEnabled", "No")
                .with("CoreCDRenabled", "No")
                .with("CoreHTTPenabled", "No")
                .with("SoundsSearchCustomDir", "No");
    }

    @Override
    public String synopsis() {
        return "Show PBX core settings (version etc).";
    }
}
