package drover.protocol;

import java.util.List;

/**
 * The handshake: who the agent is, what it speaks and can do, and the state of its node. {@code nodeKey} is
 * the public key this agent logs in to other agents with (to send them images): list it in their
 * authorized_keys to let this node migrate processes to them.
 */
public record Hello(String agentVersion, int protocolVersion, List<String> capabilities, String hostName,
		HostFacts host, CriuStatus criu, String nodeKey) {
}
