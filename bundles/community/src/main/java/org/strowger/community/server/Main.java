package org.strowger.community.server;

/**
 * Entry point of the stand-alone jar: {@code java -jar org.strowger.community-<v>-standalone.jar [server|phone|load|admin] ...}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        System.err.println("community server: not implemented yet");
        System.exit(2);
    }
}
