package drover.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.ObjectMapper;

import drover.agent.internal.Reply;
import drover.protocol.Envelope;
import drover.protocol.Inventory;
import drover.protocol.Json;

/**
 * An inventory's JSON both ways, as the two ends do it: {@code encode} is the agent's streaming envelope
 * (Reply.writeTo), {@code decode} the client's (the envelope read, then its result bound to the Inventory record,
 * as AgentConnection.inventory() does). The setup prints the envelope's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBench {

	@Param({ "4000" })
	int processes;

	private final ObjectMapper json = Json.newMapper();
	private Inventory inventory;
	private byte[] envelope;

	@Setup
	public void setUp() throws IOException {
		inventory = Inventories.of(processes, 0);
		envelope = encode();
		System.out.println("\nenvelope of " + processes + " processes: " + envelope.length / 1024 + " KiB");
	}

	@Benchmark
	public byte[] encode() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
		new Reply(inventory, null).writeTo(out, json);
		return out.toByteArray();
	}

	@Benchmark
	public Inventory decode() throws IOException {
		Envelope read = json.readValue(envelope, Envelope.class);
		return json.treeToValue(read.result(), Inventory.class);
	}
}
