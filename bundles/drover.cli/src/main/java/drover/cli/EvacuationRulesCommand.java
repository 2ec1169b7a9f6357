package drover.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import drover.core.DroverHome;
import drover.core.evacuation.ClusterRules;
import drover.protocol.EvacuationRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code drover evacuation-rules}: shows the rules the cluster keeps for evacuations, and with options changes
 * them (the others stay); {@code plan}, {@code evacuate} and the console's wizard start from them.
 */
@Command(name = "evacuation-rules", mixinStandardHelpOptions = true,
		description = "Show or change the cluster's evacuation rules (the defaults of 'drover plan', 'drover evacuate' and the"
				+ " console's wizard; an option given there still wins for that evacuation).")
final class EvacuationRulesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--post-copy-above", paramLabel = "MB", description = "Trees with more resident memory move post-copy.")
	Long postCopyAboveMb;

	@Option(names = "--incoming-limit", paramLabel = "N", description = "At most N migrations into one host at once.")
	Integer incomingLimit;

	@Option(names = "--incoming-limit-for", paramLabel = "HOST=N", description = "Another limit for one host (N=0 removes it; repeatable).")
	Map<String, Integer> incomingLimitFor = new LinkedHashMap<>();

	@Option(names = "--reserve", paramLabel = "MB", description = "Memory a target keeps free after what a plan sends it.")
	Long reserveMb;

	@Option(names = "--immovable", paramLabel = "ACTION",
			description = "What to do with a tree that cannot move: leave, checkpoint or stop.")
	String immovable;

	@Option(names = "--accept-warnings", paramLabel = "true|false", arity = "1",
			description = "Whether pre-flight warnings count as movable.")
	Boolean acceptWarnings;

	@Option(names = "--reset", description = "Forget the cluster's rules: the built-in defaults apply again.")
	boolean reset;

	@Override
	public Integer call() throws Exception {
		DroverHome home = DroverCli.home();
		PrintWriter out = spec.commandLine().getOut();
		if (reset) {
			ClusterRules.reset(home);
			out.println("The cluster's evacuation rules are the built-in defaults again.");
		}
		EvacuationRules kept = ClusterRules.load(home);
		boolean change = postCopyAboveMb != null || incomingLimit != null || !incomingLimitFor.isEmpty() || reserveMb != null
				|| immovable != null || acceptWarnings != null;
		if (change) {
			Map<String, Integer> perHost = new LinkedHashMap<>(kept.incomingLimits());
			incomingLimitFor.forEach((host, n) -> {
				if (n == null || n <= 0) {
					perHost.remove(host);
				} else {
					perHost.put(host, n);
				}
			});
			kept = new EvacuationRules(postCopyAboveMb != null ? postCopyAboveMb << 20 : kept.postCopyAboveBytes(),
					incomingLimit != null ? incomingLimit : kept.incomingLimit(), perHost,
					reserveMb != null ? reserveMb << 20 : kept.memoryReserveBytes(),
					immovable != null ? EvacuationOptions.action(immovable) : kept.immovable(),
					acceptWarnings != null ? acceptWarnings : kept.acceptWarnings());
			ClusterRules.save(home, kept);
			out.println("Kept in " + ClusterRules.file(home) + ":");
		}
		out.printf("post-copy above   %d MB%n", kept.postCopyAboveBytes() >> 20);
		out.printf("incoming limit    %d per host%s%n", kept.incomingLimit(), kept.incomingLimits().isEmpty() ? ""
				: "; " + kept.incomingLimits().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b)
						.orElse(""));
		out.printf("memory reserve    %d MB%n", kept.memoryReserveBytes() >> 20);
		out.printf("immovable trees   %s%n", kept.immovable().name().toLowerCase(Locale.ROOT));
		out.printf("accept warnings   %s%n", kept.acceptWarnings() ? "yes" : "no");
		return 0;
	}
}
