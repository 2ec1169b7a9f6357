package drover.agent.internal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.ObjectMapper;

import drover.agent.Agent;
import drover.agent.AgentConfig;
import drover.agent.internal.proc.ProcScanner;
import drover.protocol.CriuStatus;
import drover.protocol.ErrorInfo;
import drover.protocol.Hello;
import drover.protocol.Json;
import drover.protocol.Protocol;
import drover.protocol.SpawnResult;

/**
 * Turns one request line into one reply. A request that is unknown or malformed gets an error envelope that
 * says what is wrong and what to send instead; nothing a client sends can stop the agent from serving.
 */
public final class RequestDispatcher {

	private final AgentConfig config;
	private final ObjectMapper json = Json.newMapper();
	private final ProcScanner scanner = ProcScanner.forThisNode();
	private final Spawner spawner;
	private final AuditLog audit;
	/** `criu check` takes a moment; it runs once at start-up, in the background, and the handshake waits for it. */
	private final CompletableFuture<CriuStatus> criu;

	public RequestDispatcher(AgentConfig config) {
		this.config = config;
		this.spawner = new Spawner(config.stateDir().resolve("spawned"));
		this.audit = new AuditLog(config.stateDir().resolve("audit.jsonl"));
		this.criu = CompletableFuture.supplyAsync(() -> CriuProbe.probe(config.criu()));
	}

	public ObjectMapper json() {
		return json;
	}

	public Reply handle(String line, Caller caller) {
		List<String> words;
		try {
			words = CommandTokenizer.split(line == null ? "" : line);
		} catch (IllegalArgumentException e) {
			return error(ErrorInfo.BAD_REQUEST, "Malformed request: " + e.getMessage() + ".", usage());
		}
		if (words.isEmpty()) {
			return error(ErrorInfo.BAD_REQUEST, "Empty request.", usage());
		}
		String request = words.get(0);
		List<String> args = words.subList(1, words.size());
		try {
			return switch (request) {
			case Protocol.HELLO -> ok(hello());
			case Protocol.INVENTORY, "ps" -> args.isEmpty() ? ok(scanner.scan(config.name()))
					: error(ErrorInfo.BAD_REQUEST, "inventory takes no arguments.", usage());
			case Protocol.SPAWN -> spawn(args, caller);
			case Protocol.HELP -> ok(java.util.Map.of("usage", usage()));
			default -> error(ErrorInfo.UNKNOWN_REQUEST, "Unknown request '" + request + "'.", usage());
			};
		} catch (IOException | RuntimeException e) {
			return error(ErrorInfo.INTERNAL, "The agent failed on '" + request + "': " + e, 
					"This is a bug in the agent; its log has the details. The agent keeps serving.");
		}
	}

	private Hello hello() {
		CriuStatus status;
		try {
			status = criu.get(90, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			status = new CriuStatus(null, null, false, "interrupted while probing CRIU");
		} catch (ExecutionException | TimeoutException e) {
			status = new CriuStatus(null, null, false, "probing CRIU failed: " + e);
		}
		return new Hello(Agent.VERSION, Protocol.VERSION, Protocol.CAPABILITIES, config.name(), HostFactsReader.read(),
				status);
	}

	private Reply spawn(List<String> args, Caller caller) throws IOException {
		List<String> command = !args.isEmpty() && args.get(0).equals("--") ? args.subList(1, args.size()) : args;
		if (command.isEmpty()) {
			return error(ErrorInfo.BAD_REQUEST, "spawn needs a command.", "Send: spawn -- COMMAND [ARGS...]");
		}
		try {
			SpawnResult result = spawner.spawn(command);
			audit.record(caller.user(), caller.keyFingerprint(), "spawn", command, true, "pid " + result.pid());
			return ok(result);
		} catch (Spawner.SpawnException e) {
			audit.record(caller.user(), caller.keyFingerprint(), "spawn", command, false, e.getMessage());
			return error(ErrorInfo.SPAWN_FAILED, "Could not start " + command.get(0) + ": " + e.getMessage(),
					"Check the command exists on this node and is executable.");
		}
	}

	private static Reply ok(Object result) {
		return new Reply(result, null);
	}

	private static Reply error(String code, String message, String hint) {
		return new Reply(null, new ErrorInfo(code, message, hint));
	}

	static String usage() {
		return "Requests: hello | inventory | spawn -- COMMAND [ARGS...] | help (protocol " + Protocol.VERSION + ")";
	}
}
