package org.strowger.api.module;

import java.util.Objects;

/**
 * What a reload did. The status values and their numbers are Asterisk's ({@code enum
 * ast_module_reload_result}); the number is what the AMI {@code Reload} event carries.
 *
 * @param status the outcome
 * @param reason for the operator, why a reload failed or was refused; empty on success
 */
public record ReloadResult(Status status, String reason) {

    /** Asterisk's reload outcomes, in the order of their numeric codes. */
    public enum Status {
        SUCCESS, QUEUED, NOT_FOUND, ERROR, IN_PROGRESS, UNINITIALIZED, NOT_IMPLEMENTED;

        /** The number Asterisk uses for this status (the AMI {@code Reload} event's {@code Status}). */
        public int code() {
            return ordinal();
        }
    }

    public ReloadResult {
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
    }

    public static ReloadResult success() {
        return new ReloadResult(Status.SUCCESS, "");
    }

    /** The module could not reload, e.g. its file has an error; the running configuration stays. */
    public static ReloadResult error(String reason) {
        return new ReloadResult(Status.ERROR, reason);
    }

    public boolean isSuccess() {
        return status == Status.SUCCESS;
    }
}
