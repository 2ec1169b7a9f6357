package drover.core.evacuation;

import java.util.ArrayList;
import java.util.List;

import drover.core.HostEntry;
import drover.core.HostKeyStore;
import drover.core.migration.MigrationRunner;
import drover.protocol.EvacuationTarget;

/**
 * The hosts an evacuation of {@code host} may send trees to, as the operator's registry and pins have them (the CLI
 * and the console's wizard build the request the same way): every other host, or only those named, each with the
 * host key pinned for it (null when none is: the agent then does not use that host and the plan says why).
 */
public final class EvacuationTargets {

	private EvacuationTargets() {
	}

	public static List<EvacuationTarget> of(List<HostEntry> registry, HostKeyStore pins, String host, List<String> only) {
		List<EvacuationTarget> targets = new ArrayList<>();
		for (HostEntry h : registry) {
			if (h.name().equals(host) || (only != null && !only.isEmpty() && !only.contains(h.name()))) {
				continue;
			}
			targets.add(new EvacuationTarget(h.name(), h.address(), h.port(), h.user(), MigrationRunner.pinnedFingerprint(pins, h)));
		}
		if (only != null) {
			for (String name : only) {
				if (targets.stream().noneMatch(t -> t.name().equals(name))) {
					throw new IllegalArgumentException(
							"No host " + name + " among the other hosts of the registry ('drover hosts' lists them).");
				}
			}
		}
		return targets;
	}
}
