package drover.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.protocol.Protocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code drover schedule checkpoint HOST PID --every 10m --keep 5 [--leave-running]}, {@code drover schedules HOST}
 * and {@code drover schedules cancel HOST ID}: periodic checkpoints that HOST's agent runs by itself.
 */
final class ScheduleCommands {

	private ScheduleCommands() {
	}

	static JsonNode ask(String host, String line) throws Exception {
		var entry = new HostRegistry(DroverCli.home()).require(host);
		try (AgentClient client = new AgentClient(DroverCli.home()); AgentConnection agent = client.connect(entry, HostKeyPolicy.STRICT)) {
			return agent.request(line);
		}
	}

	@Command(name = "schedule", mixinStandardHelpOptions = true, description = "Periodic work the agent runs by itself.",
			subcommands = { ScheduleCheckpoint.class })
	static final class Schedule implements Runnable {
		@Spec
		CommandSpec spec;

		@Override
		public void run() {
			spec.commandLine().usage(spec.commandLine().getOut());
		}
	}

	@Command(name = "checkpoint", mixinStandardHelpOptions = true, description = "Checkpoint PID's tree every period,"
			+ " keeping the newest images; run by HOST's agent (no console or CLI needed), kept across agent restarts.")
	static final class ScheduleCheckpoint implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "HOST")
		String host;

		@Parameters(index = "1", paramLabel = "PID")
		int pid;

		@Option(names = "--every", required = true, description = "The period: 30s, 10m, 1h, 1d (at least 1 s).")
		String every;

		@Option(names = "--keep", defaultValue = "5", description = "How many of its newest images stay (default 5).")
		int keep;

		@Option(names = "--leave-running", description = "The process runs on after each checkpoint (else the first one"
				+ " ends it, as a checkpoint does).")
		boolean leaveRunning;

		@Option(names = "--json", description = "Print JSON.")
		boolean json;

		@Override
		public Integer call() throws Exception {
			JsonNode s = ask(host, Protocol.SCHEDULE_CHECKPOINT + " " + pid + " --every " + AgentConnection.quote(every)
					+ " --keep " + keep + (leaveRunning ? " --leave-running" : ""));
			PrintWriter out = spec.commandLine().getOut();
			if (json) {
				out.println(CheckpointCommands.JSON.writeValueAsString(s));
			} else {
				out.printf("Schedule %s on %s: PID %d checkpointed every %s, the newest %d images kept%s.%n", s.path("id").asText(),
						host, pid, every, keep, leaveRunning ? ", the process left running" : "");
				out.printf("See it with 'drover schedules %s'; stop it with 'drover schedules cancel %s %s'.%n", host, host,
						s.path("id").asText());
			}
			return 0;
		}
	}

	@Command(name = "schedules", mixinStandardHelpOptions = true, description = "The periodic checkpoints HOST's agent runs.",
			subcommands = { Cancel.class })
	static final class Schedules implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		// optional, so that 'schedules cancel HOST ID' needs no HOST before its own
		@Parameters(index = "0", paramLabel = "HOST", arity = "0..1")
		String host;

		@Option(names = "--json", description = "Print JSON.")
		boolean json;

		@Override
		public Integer call() throws Exception {
			if (host == null) {
				throw new IllegalArgumentException("Which host? 'drover schedules HOST' lists its schedules, 'drover schedules"
						+ " cancel HOST ID' stops one.");
			}
			JsonNode list = ask(host, Protocol.SCHEDULES);
			PrintWriter out = spec.commandLine().getOut();
			if (json) {
				out.println(CheckpointCommands.JSON.writeValueAsString(list));
				return 0;
			}
			if (list.isEmpty()) {
				out.println("No checkpoint schedules on " + host + ".");
			}
			for (JsonNode s : list) {
				out.printf("%-28s PID %-7d every %5d s  keep %-3d %-13s runs %-4d last %s: %s%n", s.path("id").asText(),
						s.path("pid").asInt(), s.path("everyMillis").asLong() / 1000, s.path("keep").asInt(),
						s.path("leaveRunning").asBoolean() ? "leave-running" : "", s.path("runs").asInt(),
						s.path("lastRun").asLong() == 0 ? "never" : Instant.ofEpochMilli(s.path("lastRun").asLong()).toString(),
						s.path("lastResult").asText(""));
			}
			return 0;
		}
	}

	@Command(name = "cancel", mixinStandardHelpOptions = true, description = "Stop a schedule (its images stay).")
	static final class Cancel implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "HOST")
		String host;

		@Parameters(index = "1", paramLabel = "ID")
		String id;

		@Override
		public Integer call() throws Exception {
			ask(host, Protocol.SCHEDULE_CANCEL + " " + AgentConnection.quote(id));
			spec.commandLine().getOut().printf("Schedule %s on %s cancelled; its images stay ('drover images %s').%n", id, host, host);
			return 0;
		}
	}
}
