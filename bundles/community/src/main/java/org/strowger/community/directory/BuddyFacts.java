package org.strowger.community.directory;

/**
 * What {@code viewer} knows about its relation to {@code subject} (the protocol's USER properties). The engine
 * derives the manual's buddy status strings (4.1.2) from these facts and the ONLINESTATUS.
 *
 * @param viewer the account asking
 * @param subject the other account or +E.164 SkypeOut contact
 * @param buddyStatus 0 never in the viewer's list, 1 deleted, 2 added and waiting for the subject's
 *     authorisation, 3 added (authorised, or a SkypeOut contact, which needs no authorisation)
 * @param authorized ISAUTHORIZED: the subject authorised the viewer to see its presence
 * @param blocked ISBLOCKED: the viewer blocked the subject
 * @param receivedAuthRequest RECEIVEDAUTHREQUEST: the text of the subject's pending request to the viewer, empty if none
 * @param authorizedByViewer the viewer authorised the subject (the subject's ISAUTHORIZED about the viewer)
 */
public record BuddyFacts(String viewer, String subject, int buddyStatus, boolean authorized, boolean blocked,
        String receivedAuthRequest, boolean authorizedByViewer) {

    public static final int NEVER = 0;
    public static final int DELETED = 1;
    public static final int PENDING = 2;
    public static final int ADDED = 3;

    /** Whether the subject has a pending authorisation request to the viewer. */
    public boolean hasPendingRequest() {
        return !receivedAuthRequest.isEmpty();
    }

    /** Whether the subject is in the viewer's buddy list (pending or added). */
    public boolean inBuddyList() {
        return buddyStatus == PENDING || buddyStatus == ADDED;
    }
}
