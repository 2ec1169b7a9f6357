package drover.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import drover.core.model.InventoryMerger;
import drover.model.DroverFactory;
import drover.model.Host;
import drover.protocol.Inventory;

/**
 * The merge of an inventory into the EMF {@code Host} (drover.core's InventoryMerger, what a refresh costs the
 * console's UI thread): {@code first} into an empty host, {@code steady} the next refresh of a host that holds
 * the previous one (1% of the processes replaced, every offset moved).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MergeBench {

	@Param({ "2000" })
	int processes;

	private Inventory[] rounds;
	private Host host;
	private int round;

	@Setup(Level.Trial)
	public void makeInventories() {
		rounds = new Inventory[] { Inventories.of(processes, 0), Inventories.of(processes, 1) };
	}

	@Setup(Level.Invocation)
	public void makeHost() {
		host = DroverFactory.eINSTANCE.createHost();
		InventoryMerger.merge(host, rounds[0]);
		round = 1;
	}

	@Benchmark
	public Host steady() {
		InventoryMerger.merge(host, rounds[round]);
		return host;
	}

	@Benchmark
	public Host first() {
		Host empty = DroverFactory.eINSTANCE.createHost();
		InventoryMerger.merge(empty, rounds[0]);
		return empty;
	}
}
