package drover.protocol;

/**
 * The CRIU the agent would use: where it is, its version and the verdict of {@code criu check}.
 * {@code checkMessage} carries CRIU's own words when the check fails, or what to do when CRIU is missing.
 */
public record CriuStatus(String path, String version, boolean checkOk, String checkMessage) {
}
