package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.sshd.client.channel.ChannelExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import drover.protocol.TargetPreflightRequest;

/**
 * A transfer is capped at what the target's pre-flight reserved for its migration (a real agent over real SSH):
 * more is refused with what to do and nothing of it is kept, a node key's transfer nobody reserved is refused, a
 * pre-flight that does not fit beside another migration's reservation is refused naming it, and a reservation goes
 * with the incoming slot it is bound to. The slots are held with the admin key (as an operator driving a target by
 * hand may); the transfers come with a node key, as from a source agent.
 */
class TransferReservationTest {

	@TempDir
	static Path dir;
	static AgentProcess agent;
	static java.security.KeyPair admin;
	static java.security.KeyPair node;

	@BeforeAll
	static void start() throws Exception {
		admin = RawSsh.key(dir.resolve("keys/admin"), "alice-admin");
		node = RawSsh.key(dir.resolve("keys/node"), "drover-node");
		agent = new AgentProcess(dir.resolve("state"), "drover-role=\"admin\" " + RawSsh.publicLine(dir.resolve("keys/admin"))
				+ "\ndrover-role=\"node\" " + RawSsh.publicLine(dir.resolve("keys/node")) + "\n", "-Ddrover.agent.maxIncoming=4");
	}

	@AfterAll
	static void stop() throws Exception {
		if (agent != null) {
			agent.close();
		}
	}

	/** Holds {@code incoming-slot ID} on {@code ssh} until the channel is closed. */
	static ChannelExec holdSlot(RawSsh ssh, String id) throws Exception {
		ChannelExec channel = ssh.session.createExecChannel("incoming-slot " + id);
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		channel.setOut(new ByteArrayOutputStream());
		channel.setErr(err);
		channel.open().verify(Duration.ofSeconds(10));
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!err.toString().contains("slot granted") && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertTrue(err.toString().contains("slot granted"), "the slot of " + id + " is held: " + err);
		return channel;
	}

	static JsonNode preflight(RawSsh ssh, long bytes, String id) throws Exception {
		RawSsh.Answer answer = ssh.exec(new TargetPreflightRequest(List.of(), bytes, 0, false, List.of(), id).line());
		assertTrue(answer.ok(), answer.out());
		return answer.json().path("result");
	}

	static String verdicts(JsonNode preflight, String severity) {
		StringBuilder out = new StringBuilder();
		for (JsonNode v : preflight.path("verdicts")) {
			if (v.path("severity").asText().equals(severity)) {
				out.append(v.path("reason").asText()).append('\n');
			}
		}
		return out.toString();
	}

	static List<String> leftovers(String prefix) throws Exception {
		try (var left = Files.list(agent.stateDir.resolve("images"))) {
			return left.map(p -> p.getFileName().toString()).filter(n -> n.contains(prefix)).toList();
		}
	}

	@Test
	void aTransferLargerThanItsReservationIsRefusedNothingOfItIsKeptAndTheAgentServesOn() throws Exception {
		try (RawSsh operator = new RawSsh(agent.port, admin); RawSsh source = new RawSsh(agent.port, node)) {
			ChannelExec slot = holdSlot(operator, "mig-cap1");
			JsonNode room = preflight(operator, 1 << 20, "mig-cap1");
			assertEquals("", verdicts(room, "ERROR"));
			long reserved = TargetPreflightRequest.reservation(1 << 20);
			assertTrue(verdicts(room, "INFO").contains("reserved " + (reserved >> 20) + " MB for mig-cap1"), room.toString());

			// one byte over the reservation, in two files: the second is refused before it is written
			byte[] first = new byte[(int) (reserved / 2)];
			byte[] second = new byte[(int) (reserved - first.length + 1)];
			RawSsh.Answer over = source.exec("receive-image mig-cap1", ImageTrustTest.stream("pages-1.img", first, "pages-2.img",
					second));
			assertEquals("too-large", over.code(), over.out());
			String hint = over.json().path("error").path("hint").asText();
			assertTrue(hint.contains("Nothing was kept") && hint.contains("reserved " + reserved + " bytes for mig-cap1")
					&& hint.contains("Migrate again"), "the refusal says what was reserved and what to do: " + over.out());
			assertEquals(List.of(), leftovers("mig-cap1"), "nothing of the refused transfer is kept");
			assertTrue(source.exec("hello").ok() && operator.exec("hello").ok(), "the agent keeps serving");

			// the failed transfer ended the reservation: the node key gets nothing more for it
			RawSsh.Answer again = source.exec("receive-image mig-cap1", ImageTrustTest.stream("core-1.img", "x"));
			assertEquals("too-large", again.code(), again.out());
			assertTrue(again.json().path("error").path("message").asText().contains("No room was reserved"), again.out());
			slot.getInvertedIn().close();

			// a migration whose source never reserved: a node key's transfer is refused, nothing kept
			ChannelExec unreserved = holdSlot(operator, "mig-cap2");
			RawSsh.Answer nobody = source.exec("receive-image mig-cap2", ImageTrustTest.stream("core-1.img", "x"));
			assertEquals("too-large", nobody.code(), nobody.out());
			assertTrue(nobody.json().path("error").path("hint").asText().contains("--reserve mig-cap2"), nobody.out());
			assertEquals(List.of(), leftovers("mig-cap2"));
			unreserved.getInvertedIn().close();

			// within its reservation a transfer arrives as before
			ChannelExec fits = holdSlot(operator, "mig-cap3");
			assertEquals("", verdicts(preflight(operator, 1 << 20, "mig-cap3"), "ERROR"));
			RawSsh.Answer fine = source.exec("receive-image mig-cap3", ImageTrustTest.stream("pages-1.img", new byte[1 << 20],
					"drover-image.json", ImageTrustTest.metadata("mig-cap3", "", "")));
			assertTrue(fine.ok(), "a transfer within its reservation arrives: " + fine.out());
			assertEquals(List.of("mig-cap3"), leftovers("mig-cap3"));
			fits.getInvertedIn().close();
			assertTrue(operator.exec("delete-image mig-cap3").ok());
		}
	}

	@Test
	void aPreflightThatDoesNotFitBesideAnotherMigrationsReservationIsRefusedNamingItUntilThatSlotEnds() throws Exception {
		try (RawSsh operator = new RawSsh(agent.port, admin)) {
			long free = preflight(operator, 0, null).path("diskFree").asLong();
			long bytes = free / 100 * 55; // each fits alone, not both: nothing is written, the room is only promised
			ChannelExec second = holdSlot(operator, "mig-big2");
			try (RawSsh other = new RawSsh(agent.port, admin)) {
				holdSlot(other, "mig-big1");
				JsonNode first = preflight(other, bytes, "mig-big1");
				assertEquals("", verdicts(first, "ERROR"), "the first fits");
				JsonNode refused = preflight(operator, bytes, "mig-big2");
				String why = verdicts(refused, "ERROR");
				assertTrue(why.contains("refused: mig-big2 needs") && why.contains("reserved for transfers under way: mig-big1")
						&& why.contains("Wait until they end"), "the refusal names the other reservation: " + refused);
				assertTrue(verdicts(refused, "INFO").isEmpty(), "nothing was reserved for the refused one");
				assertTrue(preflight(operator, 0, null).path("diskFree").asLong() < free - bytes + (1L << 30),
						"the free disk the pre-flight answers leaves out what is reserved");
			} // the first migration's session dies: its slot and its reservation go with it
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			String why;
			do {
				Thread.sleep(100);
				why = verdicts(preflight(operator, bytes, "mig-big2"), "ERROR");
			} while (!why.isEmpty() && System.nanoTime() < deadline);
			assertEquals("", why, "with the first slot gone, the second fits");
			second.getInvertedIn().close();
		}
		assertFalse(agent.output.toString().contains("Exception in thread"), agent.output.toString());
	}
}
