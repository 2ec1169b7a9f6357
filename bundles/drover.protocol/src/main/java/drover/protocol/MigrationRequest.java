package drover.protocol;

/**
 * What an operator asks a source agent to do with {@code migrate}: move the tree of {@code pid} to the agent at
 * {@code targetAddress:targetPort}, which must present the host key the operator pinned ({@code
 * targetHostKey}, a SHA256 fingerprint). The source agent then owns the migration: it runs to its end, or rolls
 * back, whether or not the console or CLI that asked stays. {@code ticket}: the operator's signed
 * {@link MigrationTicket}, which the source passes on to the target (its node key may do nothing there without one).
 */
public record MigrationRequest(int pid, String targetName, String targetAddress, int targetPort, String targetUser,
		String targetHostKey, MigrationMode mode, boolean acceptWarnings, String ticket) {

	/** A request without a ticket yet: the connection that sends it signs one with the operator's key. */
	public MigrationRequest(int pid, String targetName, String targetAddress, int targetPort, String targetUser,
			String targetHostKey, MigrationMode mode, boolean acceptWarnings) {
		this(pid, targetName, targetAddress, targetPort, targetUser, targetHostKey, mode, acceptWarnings, null);
	}

	/** The same request carrying {@code ticket} ({@link MigrationTicket#encode()}). */
	public MigrationRequest withTicket(String ticket) {
		return new MigrationRequest(pid, targetName, targetAddress, targetPort, targetUser, targetHostKey, mode, acceptWarnings, ticket);
	}

	public MigrationRequest {
		if (pid <= 0) {
			throw new IllegalArgumentException("PID " + pid + " is not a process");
		}
		if (targetName == null || targetAddress == null || targetPort <= 0 || targetHostKey == null) {
			throw new IllegalArgumentException("a migration needs the target's name, address, port and pinned host key");
		}
		mode = mode == null ? MigrationMode.STOP_AND_COPY : mode;
		targetUser = targetUser == null || targetUser.isBlank() ? "drover" : targetUser;
	}

	public String targetEndpoint() {
		return targetAddress + ":" + targetPort;
	}
}
