package drover.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import drover.core.HostEntry;
import drover.core.hosts.HostSettings;
import drover.core.slurm.NodeState;
import drover.core.slurm.SlurmSettings;
import drover.protocol.Json;

/**
 * How {@code scontrol show node -o} lines (as Slurm 22.05 prints them; the real controller is in
 * drover.agent.tests' SlurmDrainTest) and host settings are read.
 */
class SlurmNodeStateTest {

	static final String IDLE = "NodeName=compute1 Arch=x86_64 CoresPerSocket=1  CPUAlloc=0 CPUEfctv=1 CPUTot=1 CPULoad=1.19 "
			+ "AvailableFeatures=(null) ActiveFeatures=(null) Gres=(null) NodeAddr=10.213.7.71 NodeHostName=compute1 Version=22.05.8 "
			+ "OS=Linux 6.18.44-fc-v669 #1 SMP PREEMPT_DYNAMIC @0  RealMemory=64 AllocMem=0 FreeMem=23038 Sockets=1 Boards=1 "
			+ "State=IDLE ThreadsPerCore=1 TmpDisk=0 Weight=1 Owner=N/A MCS_label=N/A Partitions=drover  BootTime=2026-12-01T16:36:25 "
			+ "SlurmdStartTime=2026-12-01T19:46:54 LastBusyTime=2026-12-01T19:46:54 CfgTRES=cpu=1,mem=64M,billing=1 AllocTRES= "
			+ "CapWatts=n/a CurrentWatts=0 AveWatts=0 ExtSensorsJoules=n/s ExtSensorsWatts=0 ExtSensorsTemp=n/s";

	@Test
	void anIdleNodeHasNoFlagsAndNoReason() {
		NodeState state = NodeState.parse(IDLE);
		assertEquals("compute1", state.name());
		assertEquals("IDLE", state.state());
		assertEquals(List.of(), state.flags());
		assertFalse(state.draining());
		assertNull(state.reason());
		assertEquals("Linux 6.18.44-fc-v669 #1 SMP PREEMPT_DYNAMIC @0", state.fields().get("OS"), "values with spaces stay whole");
		assertEquals("cpu=1,mem=64M,billing=1", state.fields().get("CfgTRES"), "values with '=' stay whole");
	}

	@Test
	void aDrainedNodeKeepsItsReasonWithoutWhoSetItAndWhen() {
		NodeState state = NodeState.parse(IDLE.replace("State=IDLE", "State=IDLE+DRAIN")
				+ " Reason=drover: evacuation of demo1 (3 processes) x=y [root@2026-12-01T19:46:54]");
		assertTrue(state.draining());
		assertTrue(state.drained());
		assertEquals("drover: evacuation of demo1 (3 processes) x=y", state.reason());
		assertTrue(state.summary().startsWith("IDLE+DRAIN (drained"), state.summary());
	}

	@Test
	void aNodeWithJobsIsDrainingNotDrainedAndADeadOneIsNotResponding() {
		NodeState mixed = NodeState.parse(IDLE.replace("State=IDLE", "State=MIXED+DRAIN") + " Reason=drover: x [root@2026-12-01T19:46:54]");
		assertTrue(mixed.draining());
		assertFalse(mixed.drained());
		NodeState dead = NodeState.parse(IDLE.replace("State=IDLE", "State=DOWN+DRAIN+NOT_RESPONDING"));
		assertEquals(List.of("DRAIN", "NOT_RESPONDING"), dead.flags());
		assertFalse(dead.responding());
		assertTrue(dead.drained());
	}

	@Test
	void aLineThatIsNoNodeIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> NodeState.parse("Node nosuch not found"));
	}

	@Test
	void slurmSettingsTravelAsJsonToTheAgentThatDrains() throws Exception {
		// an evacuation request carries them from the operator's hosts.json to the host's agent
		SlurmSettings settings = new SlurmSettings("compute1", "/etc/slurm/slurm.conf", null);
		String json = Json.toJson(settings);
		assertEquals("{\"node\":\"compute1\",\"conf\":\"/etc/slurm/slurm.conf\"}", json);
		assertEquals(settings, Json.newMapper().readValue(json, SlurmSettings.class));
	}

	@Test
	void hostSettingsAreCheckedAndNameTheSlurmNode() {
		HostEntry host = new HostEntry("demo1", "10.0.0.1", 2222, "root", null);
		assertTrue(SlurmSettings.of(host).isEmpty(), "no slurm.node: no Slurm node");
		Map<String, String> settings = HostSettings.apply(host.settings(),
				List.of("slurm.node=compute-7", "slurm.conf=/etc/slurm/slurm.conf"));
		assertEquals(new SlurmSettings("compute-7", "/etc/slurm/slurm.conf", null),
				SlurmSettings.of(host.withSettings(settings)).orElseThrow());
		assertEquals(Map.of("slurm.node", "compute-7"), HostSettings.apply(settings, List.of("slurm.conf=")), "KEY= removes it");
		assertThrows(IllegalArgumentException.class, () -> HostSettings.apply(Map.of(), List.of("slurm.conf=/etc/slurm/slurm.conf")),
				"Slurm settings without the node");
		assertThrows(IllegalArgumentException.class, () -> HostSettings.apply(Map.of(), List.of("slurm.node=a b")));
		assertThrows(IllegalArgumentException.class, () -> HostSettings.apply(Map.of(), List.of("colour=blue")));
		// the old constructors and a hosts.json without settings still make hosts with none
		assertEquals(Map.of(), new HostEntry("demo1", "10.0.0.1", 2222, "root", null, List.of("g")).settings());
	}
}
