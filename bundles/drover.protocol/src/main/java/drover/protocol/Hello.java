package drover.protocol;

import java.util.List;

/** The handshake: who the agent is, what it speaks and can do, and the state of its node. */
public record Hello(String agentVersion, int protocolVersion, List<String> capabilities, String hostName,
		HostFacts host, CriuStatus criu) {
}
