package org.strowger.manager.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.manager.ManagerAction;

/**
 * Every {@link ManagerAction} service, the manager's own and other modules' alike (Asterisk's
 * action list). An action is usable as soon as its service appears and gone when it goes; of two
 * with the same name the higher {@code service.ranking} wins.
 *
 * <p>Actions are bound as {@link ComponentServiceObjects} and fetched on first use: ListCommands
 * needs this table, so getting every action while the table activates would be a service cycle
 * that SCR breaks at random (in the distribution it left Ping unregistered).
 */
@Component(service = ActionTable.class)
public final class ActionTable {

    private static final Logger LOG = LoggerFactory.getLogger(ActionTable.class);

    /** An action with its name and the write classes it needs (0: anyone logged in). */
    public record RegisteredAction(String name, int privilege, int ranking, Supplier<ManagerAction> source) {

        public RegisteredAction(String name, int privilege, int ranking, ManagerAction action) {
            this(name, privilege, ranking, () -> action);
        }

        public ManagerAction action() {
            return source.get();
        }
    }

    /** A whiteboard action, got from the registry once, when first needed. */
    private static final class OnFirstUse implements Supplier<ManagerAction> {
        private final ComponentServiceObjects<ManagerAction> objects;
        private volatile ManagerAction action;

        OnFirstUse(ComponentServiceObjects<ManagerAction> objects) {
            this.objects = objects;
        }

        @Override
        public ManagerAction get() {
            ManagerAction current = action;
            if (current == null) {
                synchronized (this) {
                    if (action == null) {
                        action = objects.getService();
                    }
                    current = action;
                }
            }
            return current;
        }
    }

    private final Map<String, RegisteredAction> actions = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addAction(ComponentServiceObjects<ManagerAction> action, Map<String, Object> properties) {
        Object name = properties.get(ManagerAction.ACTION);
        if (name == null || name.toString().isBlank()) {
            LOG.warn("Ignoring a manager action without an '{}' property: {}", ManagerAction.ACTION, action);
            return;
        }
        Object privilege = properties.get(ManagerAction.PRIVILEGE);
        Object ranking = properties.get("service.ranking");
        add(new RegisteredAction(name.toString().strip(),
                privilege == null ? 0 : Permissions.parse(privilege.toString().replace(" ", "")),
                ranking instanceof Integer r ? r : 0, new OnFirstUse(action)));
    }

    void removeAction(ComponentServiceObjects<ManagerAction> action, Map<String, Object> properties) {
        Object name = properties.get(ManagerAction.ACTION);
        if (name != null) {
            actions.computeIfPresent(key(name.toString().strip()), (k, current) -> current.source() instanceof OnFirstUse lazy && lazy.objects == action ? null : current);
        }
    }

    /** Adds an action directly; the whiteboard's way in, and the tests'. */
    public void add(RegisteredAction action) {
        actions.merge(key(action.name()), action, (current, added) -> added.ranking() > current.ranking() ? added : current);
        LOG.debug("Manager action {} registered", action.name());
    }

    /** The action of that name, matched case-insensitively, or {@code null}. */
    public RegisteredAction find(String name) {
        return actions.get(key(name));
    }

    /** Every action in case-insensitive alphabetical order, as ListCommands prints them. */
    public List<RegisteredAction> sorted() {
        List<RegisteredAction> list = new ArrayList<>(actions.values());
        list.sort(Comparator.comparing(RegisteredAction::name, String.CASE_INSENSITIVE_ORDER));
        return list;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
