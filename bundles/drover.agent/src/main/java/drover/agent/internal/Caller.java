package drover.agent.internal;

/** Who sent a request: the SSH user name and the fingerprint of the key that authenticated it. */
public record Caller(String user, String keyFingerprint) {
}
