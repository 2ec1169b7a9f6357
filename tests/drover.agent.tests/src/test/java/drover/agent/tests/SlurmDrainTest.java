package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import drover.core.HostEntry;
import drover.core.slurm.ClusterScheduler;
import drover.core.slurm.ClusterSchedulerException;
import drover.core.slurm.NodeState;
import drover.core.slurm.SlurmScheduler;
import drover.core.slurm.SlurmSettings;

/**
 * Draining and resuming demo hosts' Slurm nodes on a real Slurm cluster (munged, slurmctld, one slurmd inside each
 * demo host; {@link SlurmCluster}): scontrol runs inside the host, where the host's agent runs an evacuation, and
 * the controller is asked from outside what it now believes, and where real batch jobs land.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlurmDrainTest {

	@TempDir
	static Path home;
	@TempDir
	static Path slurmDir;
	static DemoHosts hosts;
	static SlurmCluster slurm;

	@BeforeAll
	static void up() throws Exception {
		hosts = new DemoHosts(home, 2);
		slurm = new SlurmCluster(hosts, slurmDir, List.of("citest1", "citest2"));
	}

	@AfterAll
	static void down() throws Exception {
		try {
			if (slurm != null) {
				slurm.close();
			}
		} finally {
			if (hosts != null) {
				hosts.close();
			}
		}
	}

	/** The scheduler the agent of {@code host} would use: its own node, scontrol run inside the host. */
	static SlurmScheduler schedulerOf(String host, SlurmSettings settings) {
		return new SlurmScheduler(Map.of(host, settings), slurm.on(host));
	}

	@Test
	@Order(1)
	void hostsSetStoresTheSlurmNodeAndTheSchedulerReadsItFromTheHostEntry() throws Exception {
		String out = DemoHosts.cli("hosts", "set", "citest1", "slurm.node=compute1", "slurm.conf=" + slurm.conf);
		assertTrue(out.contains("slurm.node=compute1"), out);
		assertTrue(out.contains("drains Slurm node compute1"), out);
		HostEntry host = hosts.host("citest1");
		assertEquals(slurm.settings("citest1"), SlurmSettings.of(host).orElseThrow());
		assertTrue(Files.readString(home.resolve("hosts.json")).contains("\"slurm.node\" : \"compute1\""));
		// a host without the setting is no Slurm node: forHosts leaves it out, and draining it does nothing
		SlurmScheduler all = SlurmScheduler.forHosts(List.of(hosts.host("citest1"), hosts.host("citest2")));
		assertTrue(all.manages("citest1"));
		assertFalse(all.manages("citest2"));
		all.drain("citest2", "not a node");
		assertEquals("idle", slurm.sinfoState("compute2"));
	}

	@Test
	@Order(2)
	void drainingAHostKeepsNewJobsOffItsNodeAndResumeLetsThemBack() throws Exception {
		SlurmScheduler scheduler = schedulerOf("citest1", SlurmSettings.of(hosts.host("citest1")).orElseThrow());
		assertEquals("idle", slurm.sinfoState("compute1"));

		scheduler.drain("citest1", "evacuation of citest1 before maintenance");

		String line = slurm.showNode("compute1");
		assertTrue(line.contains("State=IDLE+DRAIN "), line);
		assertTrue(line.contains("Reason=drover: evacuation of citest1 before maintenance ["), line);
		assertEquals("drained", slurm.sinfoState("compute1"));
		assertEquals("idle", slurm.sinfoState("compute2"), "only the drained host's node changes");
		NodeState state = scheduler.state("citest1");
		assertTrue(state.drained(), state.summary());
		assertEquals("drover: evacuation of citest1 before maintenance", state.reason());
		assertTrue(scheduler.describe("citest1").contains("Slurm node compute1 IDLE+DRAIN (drained"), scheduler.describe("citest1"));

		// real jobs: those that may run anywhere all run on compute2; one that asks for compute1 waits
		String anywhere1 = submit();
		String anywhere2 = submit();
		String pinned = slurm.admin("sbatch", "--parsable", "-w", "compute1", "-o", "/dev/null", "--wrap", "true").strip();
		for (String job : List.of(anywhere1, anywhere2)) {
			await(() -> finished(job), "job " + job + " ran");
			assertEquals("compute2", slurm.jobField(job, "NodeList"), "job " + job + " ran on the node that is not drained");
			assertEquals("COMPLETED", slurm.jobField(job, "JobState"));
		}
		assertEquals("PENDING", slurm.jobField(pinned, "JobState"), "a job for the drained node waits");

		scheduler.resume("citest1");

		line = slurm.showNode("compute1");
		assertFalse(line.contains("DRAIN"), line);
		assertFalse(line.contains("Reason="), line);
		// the job that waited for compute1 now runs there
		await(() -> finished(pinned), "the job waiting for compute1 ran after the resume");
		assertEquals("compute1", slurm.jobField(pinned, "NodeList"));
		await(() -> "idle".equals(sinfo("compute1")), "compute1 idle again");
		// resuming a node that takes jobs changes nothing and is no error
		scheduler.resume("citest1");
		assertEquals("idle", slurm.sinfoState("compute1"));
	}

	@Test
	@Order(3)
	void aNodeTheControllerDoesNotKnowIsRefusedWithItsFix() {
		SlurmScheduler scheduler = schedulerOf("citest1", new SlurmSettings("citest1", slurm.conf.toString(), null));
		ClusterSchedulerException e = assertThrows(ClusterSchedulerException.class, () -> scheduler.drain("citest1", "x"));
		assertTrue(e.getMessage().contains("the Slurm controller knows no node 'citest1'"), e.getMessage());
		assertTrue(e.getMessage().contains("'drover hosts set citest1 slurm.node=NODENAME'"), e.getMessage());
	}

	@Test
	@Order(4)
	void aMissingScontrolOrSlurmConfOrMungeOrAControllerOutOfReachSayWhatToDo() throws Exception {
		ClusterSchedulerException noProgram = assertThrows(ClusterSchedulerException.class, () -> schedulerOf("citest1",
				new SlurmSettings("compute1", slurm.conf.toString(), "/opt/nowhere/scontrol")).drain("citest1", "x"));
		assertTrue(noProgram.getMessage().contains("Could not run '/opt/nowhere/scontrol' on citest1"), noProgram.getMessage());
		assertTrue(noProgram.getMessage().contains("slurm-client"), noProgram.getMessage());

		ClusterSchedulerException noConf = assertThrows(ClusterSchedulerException.class, () -> schedulerOf("citest1",
				new SlurmSettings("compute1", "/opt/nowhere/slurm.conf", null)).drain("citest1", "x"));
		assertTrue(noConf.getMessage().contains("Slurm is not configured on citest1 (/opt/nowhere/slurm.conf could not be read"),
				noConf.getMessage());

		// the same cluster's configuration with the controller's port changed: nothing listens there (and scontrol
		// gives up after 2 s instead of retrying for the cluster's SlurmctldTimeout)
		Path elsewhere = slurmDir.resolve("elsewhere.conf");
		Files.writeString(elsewhere, Files.readString(slurm.conf).replaceAll("(?m)^SlurmctldPort=.*$", "SlurmctldPort=16899")
				.replaceAll("(?m)^SlurmctldTimeout=.*$", "SlurmctldTimeout=2").replaceAll("(?m)^MessageTimeout=.*$", "MessageTimeout=2"));
		ClusterSchedulerException unreachable = assertThrows(ClusterSchedulerException.class, () -> schedulerOf("citest1",
				new SlurmSettings("compute1", elsewhere.toString(), null)).drain("citest1", "x"));
		assertTrue(unreachable.getMessage().contains("is out of reach from citest1"), unreachable.getMessage());
		assertTrue(unreachable.getMessage().contains("'scontrol ping'"), unreachable.getMessage());

		// munged's socket not where slurm.conf says: nobody vouches for the request
		Path noMunge = slurmDir.resolve("nomunge.conf");
		Files.writeString(noMunge,
				Files.readString(slurm.conf).replaceAll("(?m)^AuthInfo=.*$", "AuthInfo=socket=/opt/nowhere/munge.socket"));
		ClusterSchedulerException unvouched = assertThrows(ClusterSchedulerException.class, () -> schedulerOf("citest1",
				new SlurmSettings("compute1", noMunge.toString(), null)).drain("citest1", "x"));
		assertTrue(unvouched.getMessage().contains("munge did not vouch for the request"), unvouched.getMessage());

		assertEquals("idle", slurm.sinfoState("compute1"), "no failed attempt changed the node");
	}

	@Test
	@Order(5)
	void aNodeSomeoneElseDrainedKeepsTheirReasonAndIsNotResumedByDrover() throws Exception {
		slurm.admin("scontrol", "update", "NodeName=compute2", "State=DRAIN", "Reason=disk replacement");
		try {
			SlurmScheduler scheduler = schedulerOf("citest2", slurm.settings("citest2"));
			scheduler.drain("citest2", "evacuation of citest2");
			assertTrue(slurm.showNode("compute2").contains("Reason=disk replacement ["), slurm.showNode("compute2"));
			ClusterSchedulerException e = assertThrows(ClusterSchedulerException.class, () -> scheduler.resume("citest2"));
			assertTrue(e.getMessage().contains("was drained by someone else"), e.getMessage());
			assertTrue(e.getMessage().contains("'scontrol update NodeName=compute2 State=RESUME'"), e.getMessage());
			assertEquals("drained", slurm.sinfoState("compute2"));
		} finally {
			slurm.admin("scontrol", "update", "NodeName=compute2", "State=RESUME");
		}
	}

	@Test
	@Order(6)
	void theNoOpSchedulerAndBadSettingsChangeNothing() throws Exception {
		ClusterScheduler.none().drain("citest1", "x");
		ClusterScheduler.none().resume("citest1");
		assertEquals("idle", slurm.sinfoState("compute1"));
		IllegalStateException unknown = assertThrows(IllegalStateException.class,
				() -> DemoHosts.cli("hosts", "set", "citest2", "slurm.nod=compute2"));
		assertTrue(unknown.getMessage().contains("Unknown host setting 'slurm.nod'. Known keys: slurm.node, slurm.conf, slurm.scontrol."),
				unknown.getMessage());
		IllegalStateException relative = assertThrows(IllegalStateException.class,
				() -> DemoHosts.cli("hosts", "set", "citest2", "slurm.node=compute2", "slurm.conf=slurm.conf"));
		assertTrue(relative.getMessage().contains("must be an absolute path"), relative.getMessage());
		assertTrue(SlurmSettings.of(hosts.host("citest2")).isEmpty(), "nothing was saved");
		// KEY= removes a setting
		DemoHosts.cli("hosts", "set", "citest2", "slurm.node=compute2");
		DemoHosts.cli("hosts", "set", "citest2", "slurm.node=");
		assertTrue(hosts.host("citest2").settings().isEmpty());
	}

	private static String submit() throws IOException, InterruptedException {
		return slurm.admin("sbatch", "--parsable", "-o", "/dev/null", "--wrap", "true").strip();
	}

	private static boolean finished(String job) {
		try {
			return slurm.jobField(job, "JobState").equals("COMPLETED") || slurm.jobField(job, "JobState").equals("FAILED");
		} catch (Exception e) {
			return false;
		}
	}

	private static String sinfo(String node) {
		try {
			return slurm.sinfoState(node);
		} catch (Exception e) {
			return e.getMessage();
		}
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("not within 60 s: " + what);
			}
			Thread.sleep(250);
		}
	}
}
