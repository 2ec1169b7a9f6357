package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AgentConnection;
import drover.core.model.InventoryMerger;
import drover.model.DroverFactory;
import drover.model.FileResource;
import drover.model.Host;
import drover.model.PipeResource;
import drover.model.Process;
import drover.protocol.Inventory;
import drover.protocol.SpawnResult;

/** Real inventories from a real agent merged into the EMF model in place: same objects, only real changes. */
class InventoryMergerTest {

	@TempDir
	Path dir;

	@Test
	void mergesInPlaceAndFollowsProcessesComingAndGoing() throws Exception {
		try (LocalAgent agent = new LocalAgent(dir); AgentConnection connection = agent.connect()) {
			Host host = DroverFactory.eINSTANCE.createHost();
			InventoryMerger.applyHello(host, connection.hello());
			assertTrue(host.getMemoryTotal() > 0);
			assertNotNull(host.getCriuCheckMessage());

			InventoryMerger.merge(host, connection.inventory());
			int self = (int) ProcessHandle.current().pid();
			Process me = find(host, self);
			assertTrue(me.getCommandLine().contains("java"));
			assertNotNull(me.getMemoryMaps());
			assertTrue(me.getResources().stream().anyMatch(r -> r instanceof FileResource));
			Process parent = find(host, me.getPpid());
			assertSame(parent, me.getParent());
			assertTrue(parent.getChildren().contains(me));

			SpawnResult spawned = connection.spawn(List.of("sh", "-c", "sleep 300 | cat"));
			try {
				List<Notification> changes = new ArrayList<>();
				host.eAdapters().add(new EContentAdapter() {
					@Override
					public void notifyChanged(Notification n) {
						super.notifyChanged(n);
						if (!n.isTouch()) {
							changes.add(n);
						}
					}
				});
				Inventory next = connection.inventory();
				InventoryMerger.merge(host, next);
				assertSame(me, find(host, self), "an existing process keeps its model object");
				Process shell = find(host, spawned.pid());
				assertEquals(2, shell.getChildren().size(), "sleep and cat: " + shell.getChildren());
				Process sleep = shell.getChildren().stream().filter(c -> c.getName().equals("sleep")).findFirst().orElseThrow();
				Process cat = shell.getChildren().stream().filter(c -> c.getName().equals("cat")).findFirst().orElseThrow();
				PipeResource out = (PipeResource) sleep.getResources().stream().filter(r -> r.getFd() == 1).findFirst().orElseThrow();
				assertTrue(out.isWriteEnd());
				assertTrue(out.getPeers().contains(cat), "the pipe's peer is resolved to the model object of cat");
				assertTrue(changes.size() < next.processes().size() * 10,
						"a merge of a mostly unchanged host notifies about changes only: " + changes.size());

				ProcessHandle.of(spawned.pid()).ifPresent(ProcessHandle::destroyForcibly);
				ProcessHandle.of(sleep.getPid()).ifPresent(ProcessHandle::destroyForcibly);
				ProcessHandle.of(cat.getPid()).ifPresent(ProcessHandle::destroyForcibly);
				// killed processes stay zombies until their new parent reaps them; wait for /proc to forget them
				long deadline = System.currentTimeMillis() + 20_000;
				while (java.nio.file.Files.exists(Path.of("/proc", Integer.toString(sleep.getPid())))
						&& System.currentTimeMillis() < deadline) {
					Thread.sleep(100);
				}
				InventoryMerger.merge(host, connection.inventory());
				assertFalse(host.getProcesses().stream().anyMatch(p -> p.getPid() == sleep.getPid()
						&& p.getStartTime() == sleep.getStartTime()), "a process that exited leaves the model");
				assertSame(me, find(host, self));
			} finally {
				ProcessHandle.of(spawned.pid()).ifPresent(ProcessHandle::destroyForcibly);
			}
		}
	}

	static Process find(Host host, int pid) {
		return host.getProcesses().stream().filter(p -> p.getPid() == pid).findFirst()
				.orElseThrow(() -> new AssertionError("no process " + pid));
	}
}
