package drover.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import drover.core.AgentClient;
import drover.core.HostEntry;
import drover.core.HostRegistry;
import drover.core.evacuation.ClusterRules;
import drover.core.evacuation.EvacuationTargets;
import drover.protocol.EvacuationAction;
import drover.protocol.EvacuationOverride;
import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationRequest;
import drover.protocol.EvacuationRules;
import drover.protocol.EvacuationSelection;
import drover.protocol.EvacuationTarget;
import picocli.CommandLine.Option;

/** What {@code drover plan} and {@code drover evacuate} share: which trees, the rules, the overrides, the targets. */
final class EvacuationOptions {

	@Option(names = "--command", paramLabel = "TEXT", description = "Only trees whose root's command line contains TEXT (repeatable).")
	List<String> commands = new ArrayList<>();

	@Option(names = "--user", paramLabel = "USER", description = "Only trees whose root runs as USER (name or uid; repeatable).")
	List<String> users = new ArrayList<>();

	@Option(names = "--cgroup", paramLabel = "TEXT", description = "Only trees whose root's cgroup contains TEXT (repeatable).")
	List<String> cgroups = new ArrayList<>();

	@Option(names = "--pid", paramLabel = "PID", description = "Only these trees (root PIDs; repeatable).")
	List<Integer> pids = new ArrayList<>();

	@Option(names = "--to", paramLabel = "HOST", split = ",",
			description = "Send only to these hosts (default: every other host in the registry).")
	List<String> to = new ArrayList<>();

	@Option(names = "--set", paramLabel = "PID=ACTION[@HOST]", description = "Override the plan for one tree: ACTION is migrate,"
			+ " migrate-postcopy, checkpoint, stop or leave; @HOST picks the target (repeatable).")
	List<String> overrides = new ArrayList<>();

	// the rules: each defaults to the cluster's ('drover evacuation-rules'), else to the built-in default
	@Option(names = "--post-copy-above", paramLabel = "MB",
			description = "Trees with more resident memory move post-copy (the cluster's rule; built in: 1024 MB).")
	Long postCopyAboveMb;

	@Option(names = "--incoming-limit", paramLabel = "N",
			description = "At most N migrations into one host at once (the cluster's rule; built in: 2, the agents' own limit).")
	Integer incomingLimit;

	@Option(names = "--reserve", paramLabel = "MB",
			description = "Memory a target keeps free after what the plan sends it (the cluster's rule; built in: 256 MB).")
	Long reserveMb;

	@Option(names = "--immovable", paramLabel = "ACTION",
			description = "What to do with a tree that cannot move: leave, checkpoint or stop (the cluster's rule; built in: leave).")
	String immovable;

	@Option(names = "--accept-warnings", description = "Count trees with pre-flight warnings as movable (errors never are).")
	Boolean acceptWarnings;

	/** The cluster's rules with this command's options over them. */
	EvacuationRules rules() throws IOException {
		EvacuationRules kept = ClusterRules.load(DroverCli.home());
		return new EvacuationRules(postCopyAboveMb != null ? postCopyAboveMb << 20 : kept.postCopyAboveBytes(),
				incomingLimit != null ? incomingLimit : kept.incomingLimit(), kept.incomingLimits(),
				reserveMb != null ? reserveMb << 20 : kept.memoryReserveBytes(), immovable != null ? action(immovable) : kept.immovable(),
				acceptWarnings != null ? acceptWarnings : kept.acceptWarnings());
	}

	@Option(names = "--parallel", paramLabel = "N", defaultValue = "2", description = "At most N steps at once (default ${DEFAULT-VALUE}).")
	int parallel;

	/** The request for {@code host}: the other hosts of the registry as targets, with the keys pinned for them. */
	EvacuationRequest request(HostEntry host, AgentClient client, long startAt, EvacuationRequest.Repeat repeat,
			EvacuationPlan seen) throws IOException {
		List<EvacuationTarget> targets = EvacuationTargets.of(new HostRegistry(DroverCli.home()).list(), client.pins(), host.name(), to);
		EvacuationRules rules = rules();
		return new EvacuationRequest(host.name(), new EvacuationSelection(commands, users, cgroups, pids), rules, overrides(),
				targets, parallel, startAt, repeat, seen, false, host.settings());
	}

	private List<EvacuationOverride> overrides() {
		List<EvacuationOverride> out = new ArrayList<>();
		for (String o : overrides) {
			int eq = o.indexOf('=');
			if (eq < 0) {
				throw new IllegalArgumentException("--set " + o + ": write PID=ACTION or PID=ACTION@HOST (e.g. 412=migrate@demo3).");
			}
			String rest = o.substring(eq + 1);
			int at = rest.indexOf('@');
			out.add(new EvacuationOverride(Integer.parseInt(o.substring(0, eq).trim()), action(at < 0 ? rest : rest.substring(0, at)),
					at < 0 ? null : rest.substring(at + 1)));
		}
		return out;
	}

	static EvacuationAction action(String word) {
		try {
			return EvacuationAction.valueOf(word.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + word + "' is not an action: migrate, migrate-postcopy, checkpoint, stop or leave.");
		}
	}
}
