package org.strowger.community.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** The client's half of the protocol's SCRAM-SHA-256 login (protocol section 3). */
final class ScramClient {

    record Proof(String clientProofB64, String serverSignatureB64) {
    }

    private ScramClient() {
    }

    static Proof prove(String user, String password, String clientNonceB64, String combinedNonceB64, String saltB64,
            int iterations) {
        try {
            byte[] salt = Base64.getDecoder().decode(saltB64);
            String authMessage = user + "," + clientNonceB64 + "," + combinedNonceB64 + "," + saltB64 + "," + iterations;
            byte[] auth = authMessage.getBytes(StandardCharsets.UTF_8);
            SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] salted = pbkdf2.generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
            byte[] clientKey = hmac(salted, "Client Key".getBytes(StandardCharsets.US_ASCII));
            byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
            byte[] signature = hmac(storedKey, auth);
            byte[] proof = new byte[clientKey.length];
            for (int i = 0; i < proof.length; i++) {
                proof[i] = (byte) (clientKey[i] ^ signature[i]);
            }
            byte[] serverKey = hmac(salted, "Server Key".getBytes(StandardCharsets.US_ASCII));
            byte[] serverSignature = hmac(serverKey, auth);
            return new Proof(Base64.getEncoder().encodeToString(proof), Base64.getEncoder().encodeToString(serverSignature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CommunityException(CommunityException.BAD_REPLY, "cannot answer the login challenge: " + e.getMessage());
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
