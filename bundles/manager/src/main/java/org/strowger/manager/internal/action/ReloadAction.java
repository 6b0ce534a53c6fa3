package org.strowger.manager.internal.action;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;
import org.strowger.api.module.ModuleRegistry;
import org.strowger.api.module.ReloadResult;

/**
 * {@code Reload} (action_reload): reloads one module, or all when no Module is given; a queued
 * reload counts as done, as in Asterisk.
 */
@Component(property = {ManagerAction.ACTION + "=Reload", ManagerAction.PRIVILEGE + "=config,system"})
public final class ReloadAction implements ManagerAction {

    private final ModuleRegistry modules;

    @Activate
    public ReloadAction(@Reference ModuleRegistry modules) {
        this.modules = modules;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        String module = request.get("Module");
        if (module.isEmpty()) {
            modules.reloadAll();
            return ManagerResponse.success("Module Reloaded");
        }
        ReloadResult result = modules.reload(module);
        return switch (result.status()) {
            case NOT_FOUND -> ManagerResponse.error("No such module");
            case NOT_IMPLEMENTED -> ManagerResponse.error("Module does not support reload");
            case ERROR -> ManagerResponse.error("An unknown error occurred");
            case IN_PROGRESS -> ManagerResponse.error("A reload is in progress");
            case UNINITIALIZED -> ManagerResponse.error("Module not initialized");
            case QUEUED, SUCCESS -> ManagerResponse.success("Module Reloaded");
        };
    }

    @Override
    public String synopsis() {
        return "Send a reload event.";
    }
}
