package drover.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import drover.core.model.InventoryMerger;
import drover.core.model.OwnAddresses;
import drover.model.DroverFactory;
import drover.model.Host;
import drover.model.Process;
import drover.protocol.Inventory;
import drover.protocol.OwnAddress;
import drover.protocol.ProcessInfo;

/** A tree's own address rides on its root process after a merge, and leaves it when the next inventory says so. */
class OwnAddressesTest {

	static ProcessInfo process(int pid, int ppid, String name) {
		return new ProcessInfo(pid, ppid, name, List.of(name), "/usr/bin/" + name, "root", 0, "S", 1, 1 << 20, 1 << 20, 0, "/",
				List.of(), null, null);
	}

	static Process pid(Host host, int pid) {
		return host.getProcesses().stream().filter(p -> p.getPid() == pid).findFirst().orElseThrow();
	}

	@Test
	void theAddressIsOnTheRootOnlyAndGoesWhenTheTreeNoLongerHasIt() {
		Host host = DroverFactory.eINSTANCE.createHost();
		OwnAddress kv = new OwnAddress(7, "10.213.7.100", 24, "10.213.7.1", "eth0", "eth0", "02:00:00:00:00:07", "kv", true);
		List<ProcessInfo> tree = List.of(process(1, 0, "tini"), process(7, 1, "redis-server"), process(8, 7, "worker"));
		InventoryMerger.merge(host, new Inventory("demo1", 1, 1, 0, tree, List.of(kv)));
		assertEquals(kv, OwnAddresses.of(pid(host, 7)));
		assertNull(OwnAddresses.of(pid(host, 8)), "only the root carries it");
		assertEquals("10.213.7.100/24 (kv)", OwnAddresses.describe(kv));
		OwnAddress frozen = new OwnAddress(7, "10.213.7.100", 24, "10.213.7.1", "eth0", "eth0", "02:00:00:00:00:07", "kv", false);
		InventoryMerger.merge(host, new Inventory("demo1", 2, 1, 0, tree, List.of(frozen)));
		assertEquals("10.213.7.100/24 (kv), off while frozen", OwnAddresses.describe(OwnAddresses.of(pid(host, 7))));
		InventoryMerger.merge(host, new Inventory("demo1", 3, 1, 0, tree));
		assertNull(OwnAddresses.of(pid(host, 7)), "gone with the address");
	}
}
