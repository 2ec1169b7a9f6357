package drover.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.protocol.AuditChain;
import drover.protocol.CheckpointResult;
import drover.protocol.ImageInfo;
import drover.protocol.Json;
import drover.protocol.RestoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drover checkpoint | restore | images | history}: one host's checkpoints and its audit log. */
final class CheckpointCommands {

	private CheckpointCommands() {
	}

	static final ObjectMapper JSON = Json.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

	/** Connects to a registered host, refusing keys that are not pinned. */
	abstract static class OnHost implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Option(names = "--json", description = "Print JSON.")
		boolean json;

		abstract String host();

		abstract Object run(AgentConnection agent, PrintWriter out) throws Exception;

		@Override
		public Integer call() throws Exception {
			var entry = new HostRegistry(DroverCli.home()).require(host());
			try (AgentClient client = new AgentClient(DroverCli.home());
					AgentConnection agent = client.connect(entry, HostKeyPolicy.STRICT)) {
				PrintWriter out = spec.commandLine().getOut();
				Object result = run(agent, out);
				if (json) {
					out.println(JSON.writeValueAsString(result));
				}
				return 0;
			}
		}
	}

	@Command(name = "checkpoint", mixinStandardHelpOptions = true,
			description = "Checkpoint a process tree to an image on its host (the tree is stopped unless --leave-running).")
	static final class Checkpoint extends OnHost {
		@Parameters(index = "0", paramLabel = "HOST")
		String host;

		@Parameters(index = "1", paramLabel = "PID")
		int pid;

		@Option(names = "--leave-running", description = "Keep the process running after the dump.")
		boolean leaveRunning;

		@Option(names = "--name", description = "Image name (default pidPID-TIMESTAMP).")
		String name;

		@Override
		String host() {
			return host;
		}

		@Override
		Object run(AgentConnection agent, PrintWriter out) throws Exception {
			CheckpointResult result = agent.checkpoint(pid, name, leaveRunning ? "run" : "kill");
			if (!json) {
				out.printf("Checkpointed PID %d on %s to image %s: %d MB (%d MB memory pages%s) in %d ms; the process was %s.%n",
						pid, host, result.image().name(), result.image().totalSize() >> 20, result.image().memoryPagesSize() >> 20,
						result.image().storedSize() < result.image().totalSize() ? ", " + (result.image().storedSize() >> 10)
								+ " KB on disk with zstd" : "",
						result.dumpMillis(), result.treeState());
				out.printf("Restore it with: drover restore %s %s%n", host, result.image().name());
			}
			return result;
		}
	}

	@Command(name = "restore", mixinStandardHelpOptions = true, description = "Restore an image on its host, or (--from)"
			+ " one of another host's images here: copied agent to agent (SHA-256 checked), then restored.")
	static final class Restore extends OnHost {
		@Parameters(index = "0", paramLabel = "HOST")
		String host;

		@Parameters(index = "1", paramLabel = "IMAGE")
		String image;

		@Option(names = "--from", paramLabel = "SOURCE", description = "The host whose library holds the image: it is"
				+ " copied to HOST first (pre-flight on HOST before anything is copied).")
		String from;

		@Option(names = "--keep-copy", description = "With --from: keep the copy in HOST's library after the restore"
				+ " (by default it is removed; the image stays on SOURCE).")
		boolean keepCopy;

		@Override
		String host() {
			return host;
		}

		@Override
		Object run(AgentConnection agent, PrintWriter out) throws Exception {
			if (from != null) {
				return restoreFrom(agent, out);
			}
			RestoreResult result = agent.restore(image);
			if (!json) {
				out.printf("Restored %s on %s: PID %d runs again (%d ms).%n", image, host, result.pid(), result.restoreMillis());
			}
			return result;
		}

		private Object restoreFrom(AgentConnection target, PrintWriter out) throws Exception {
			var registry = new HostRegistry(DroverCli.home());
			var sourceEntry = registry.require(from);
			var targetEntry = registry.require(host);
			if (sourceEntry.name().equals(targetEntry.name())) {
				throw new IllegalArgumentException("--from names " + host + " itself: restore it there without --from.");
			}
			try (AgentClient client = new AgentClient(DroverCli.home());
					AgentConnection source = client.connect(sourceEntry, HostKeyPolicy.STRICT)) {
				String fingerprint = drover.core.migration.MigrationRunner.pinnedFingerprint(client.pins(), targetEntry);
				if (fingerprint == null) {
					throw new drover.core.AgentException(drover.protocol.ErrorInfo.HOST_KEY_UNKNOWN, "No host key is pinned for "
							+ host + ": " + from + "'s agent would not know which key to accept from it.",
							"Trust it first ('drover"
									+ " hosts trust " + host + "'). Nothing was copied.");
				}
				var result = drover.core.ImageCopy.restoreFrom(source, target, targetEntry, fingerprint, image, keepCopy,
						event -> {
						});
				if (!json) {
					out.printf("Copied %s from %s to %s: %d files, %d KB in %d ms, SHA-256 of each file matches.%n", image, from,
							host, result.push().files().size(), result.push().bytes() >> 10, result.push().millis());
					out.printf("Restored %s on %s: PID %d runs again (%d ms).%s%n", image, host, result.restore().pid(),
							result.restore().restoreMillis(), keepCopy ? " The copy stays in " + host + "'s library."
									: " The copy on " + host + " was removed; the image stays on " + from + ".");
				}
				return result;
			}
		}
	}

	@Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume a process tree left frozen on its"
			+ " host (after a migration that could not tell where the process runs: check the target first).")
	static final class Resume extends OnHost {
		@Parameters(index = "0", paramLabel = "HOST")
		String host;

		@Parameters(index = "1..*", paramLabel = "PID", arity = "1..*")
		List<Integer> pids;

		@picocli.CommandLine.Option(names = "--force", description = "Resume a tree its migration holds frozen (HELD: its"
				+ " target did not answer). Check first that the process does not run on the target.")
		boolean force;

		@Override
		String host() {
			return host;
		}

		@Override
		Object run(AgentConnection agent, PrintWriter out) throws Exception {
			if (force) {
				agent.request(drover.protocol.Protocol.RESUME + " " + String.join(" ", pids.stream().map(String::valueOf).toList())
						+ " --force");
			} else {
				agent.resume(pids);
			}
			if (!json) {
				out.printf("Resumed PIDs %s on %s.%n", pids, host);
			}
			return java.util.Map.of("resumed", pids, "host", host);
		}
	}

	@Command(name = "images", mixinStandardHelpOptions = true, description = "List a host's checkpoint images.")
	static final class Images extends OnHost {
		@Parameters(index = "0", paramLabel = "HOST")
		String host;

		@Override
		String host() {
			return host;
		}

		@Override
		Object run(AgentConnection agent, PrintWriter out) throws Exception {
			List<ImageInfo> images = agent.images();
			if (!json) {
				if (images.isEmpty()) {
					out.println("No images on " + host + ".");
				}
				for (ImageInfo i : images) {
					out.printf("%-40s PID %-7d %8d KB %-16s %s  %s%n", i.name(), i.pid(), i.totalSize() >> 10,
							i.storedSize() < i.totalSize() ? "(" + (i.storedSize() >> 10) + " KB zstd)" : "",
							Instant.ofEpochMilli(i.createdAt()), i.command());
				}
			}
			return images;
		}
	}

	@Command(name = "history", mixinStandardHelpOptions = true,
			description = "What was done on a host: its agent's audit log (who, what, when, result); --verify checks its hash chain.")
	static final class History extends OnHost {
		@Parameters(index = "0", paramLabel = "HOST")
		String host;

		@Option(names = "--verify", description = "Check the audit log's hash chain here and report the first broken link"
				+ " (exit status 1 if there is one).")
		boolean verify;

		@Override
		String host() {
			return host;
		}

		@Override
		Object run(AgentConnection agent, PrintWriter out) throws Exception {
			if (verify) {
				return verify(agent, out);
			}
			List<JsonNode> entries = agent.history();
			if (!json) {
				for (JsonNode e : entries) {
					// who is the key (its comment, else its fingerprint); the SSH user name is only what the client claimed
					String who = e.path("comment").asText(e.path("key").asText(e.path("user").asText()));
					out.printf("%s %6s %-9s %-16s %-14s %-7s %s %s%n", e.path("time").asText(), e.path("seq").asText(""),
							e.path("role").asText(""), who.isEmpty() ? e.path("user").asText() : who, e.path("operation").asText(),
							"refused".equals(e.path("phase").asText()) ? "REFUSED" : e.path("ok").isNull() || e.path("ok").isMissingNode()
									? "..." : e.path("ok").asBoolean() ? "ok" : "FAIL",
							e.path("args"), e.path("result").asText());
				}
			}
			return entries;
		}

		/** Fetches every line as stored and checks the chain on this side, not trusting the agent's judgement. */
		private Object verify(AgentConnection agent, PrintWriter out) throws Exception {
			List<String> lines = new java.util.ArrayList<>();
			agent.request(drover.protocol.Protocol.HISTORY + " --raw").forEach(n -> lines.add(n.asText()));
			AuditChain.Verdict verdict = AuditChain.verify(lines, JSON);
			if (!json) {
				if (verdict.ok()) {
					out.printf("The audit log of %s holds: %d chained entries%s%s, the last is %d with hash %s.%n", host,
							verdict.entries(), verdict.legacyLines() > 0 ? " (after " + verdict.legacyLines() + " older unchained lines)"
									: "",
							verdict.firstSeq() > 1 ? " from entry " + verdict.firstSeq() + " (the agent's rotation dropped the"
									+ " files before it, as the chain records)" : "",
							verdict.lastSeq(), verdict.lastHash());
					out.println("Keep that hash elsewhere: a log cut short at its end still verifies, one that no longer ends"
							+ " with it does not.");
				} else {
					out.printf("The audit log of %s is BROKEN at entry %d (line %d): %s.%n", host, verdict.brokenSeq(),
							verdict.brokenLine(), verdict.reason());
					out.printf("Entries up to %d are intact.%n", verdict.lastSeq());
				}
			} else if (!verdict.ok()) {
				out.println(JSON.writeValueAsString(verdict)); // the exception below ends the command before it prints it
			}
			out.flush();
			if (!verdict.ok()) {
				throw new IllegalStateException("audit log of " + host + " broken at entry " + verdict.brokenSeq() + " (line "
						+ verdict.brokenLine() + "): " + verdict.reason());
			}
			return verdict;
		}
	}
}
