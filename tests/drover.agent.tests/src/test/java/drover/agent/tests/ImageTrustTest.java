package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images and transfers are untrusted input: a crafted image that asks CRIU for an action script, lists a file name
 * with {@code ../}, or holds a symlink or a fifo is refused at restore before CRIU ever runs; a transfer with a
 * {@code ../} name, a name sent twice, or more bytes than the cap is refused and leaves nothing behind.
 */
class ImageTrustTest {

	@TempDir
	static Path dir;
	static AgentProcess agent;
	static KeyPair admin;

	@BeforeAll
	static void start() throws Exception {
		admin = RawSsh.key(dir.resolve("keys/admin"), "alice-admin");
		agent = new AgentProcess(dir.resolve("state"), RawSsh.publicLine(dir.resolve("keys/admin")) + "\n",
				"-Ddrover.agent.maxImageBytes=100000");
	}

	@AfterAll
	static void stop() throws Exception {
		if (agent != null) {
			agent.close();
		}
	}

	static String metadata(String name, String flags, String files) {
		return "{\"name\":\"" + name + "\",\"pid\":4242,\"pids\":[4242],\"command\":\"sleep\",\"createdAt\":1,\"criuVersion\":\"4.2\","
				+ "\"criuFlags\":[" + flags + "],\"memoryPagesSize\":0,\"otherSize\":0,\"totalSize\":0,\"files\":[" + files + "]}";
	}

	/** An image as someone with write access to the library (or a hostile source) could leave it. */
	static Path craft(String name, String flags, String files) throws Exception {
		Path image = agent.stateDir.resolve("images").resolve(name);
		Files.createDirectories(image);
		Files.writeString(image.resolve("drover-image.json"), metadata(name, flags, files));
		Files.writeString(image.resolve("core-4242.img"), "not really CRIU");
		return image;
	}

	@Test
	void aCraftedImageAskingForAnActionScriptOrNamingADotDotFileIsRefusedAtRestore() throws Exception {
		Path script = dir.resolve("pwn.sh");
		Path marker = dir.resolve("pwned");
		Files.writeString(script, "#!/bin/sh\ntouch " + marker + "\n");
		script.toFile().setExecutable(true);
		craft("evil-script", "\"--shell-job\",\"--action-script\",\"" + script + "\"", "");
		craft("evil-libdir", "\"--libdir\",\"/tmp\"", "");
		craft("evil-name", "\"--shell-job\"", "{\"name\":\"../../outside\",\"size\":1}");
		Path linked = craft("evil-link", "", "");
		Files.createSymbolicLink(linked.resolve("pages-1.img"), Path.of("/etc/shadow"));
		Path fifo = craft("evil-fifo", "", "");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.resolve("pages-1.img").toString()).start().waitFor());
		try (RawSsh ssh = new RawSsh(agent.port, admin)) {
			for (String[] c : List.of(new String[] { "evil-script", "--action-script" }, new String[] { "evil-libdir", "--libdir" },
					new String[] { "evil-name", "../../outside" }, new String[] { "evil-link", "symbolic link" },
					new String[] { "evil-fifo", "fifo" })) {
				RawSsh.Answer answer = ssh.exec("restore " + c[0]);
				assertEquals("untrusted-image", answer.code(), answer.out());
				assertTrue(answer.json().path("error").path("message").asText().contains(c[1]), answer.out());
			}
			// and as a migration's step, the same
			assertEquals("untrusted-image", ssh.exec("restore evil-script --migration").code());
			String history = ssh.exec("history").out();
			assertTrue(history.contains("untrusted-image") || history.contains("is refused"), "the refusals are audited: " + history);
		}
		assertFalse(Files.exists(marker), "the action script never ran");
		assertFalse(Files.exists(dir.resolve("outside")));
	}

	static byte[] stream(Object... filesAndBodies) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < filesAndBodies.length; i += 2) {
			byte[] body = filesAndBodies[i + 1] instanceof byte[] b ? b : ((String) filesAndBodies[i + 1]).getBytes(StandardCharsets.UTF_8);
			out.writeBytes((filesAndBodies[i] + " " + body.length + "\n").getBytes(StandardCharsets.US_ASCII));
			out.writeBytes(body);
		}
		out.write('\n');
		return out.toByteArray();
	}

	@Test
	void aTransferWithADotDotNameATwiceSentNameOrTooManyBytesIsRefusedAndLeavesNothing() throws Exception {
		try (RawSsh ssh = new RawSsh(agent.port, admin)) {
			RawSsh.Answer dotdot = ssh.exec("receive-image in1", stream("../escaped", "x"));
			assertEquals("bad-image-name", dotdot.code(), dotdot.out());
			RawSsh.Answer slash = ssh.exec("receive-image in2", stream("sub/file", "x"));
			assertEquals("bad-image-name", slash.code(), slash.out());
			RawSsh.Answer twice = ssh.exec("receive-image in3", stream("core-1.img", "a", "core-1.img", "b"));
			assertEquals("untrusted-image", twice.code(), twice.out());
			RawSsh.Answer big = ssh.exec("receive-image in4", stream("pages-1.img", new byte[150_000]));
			assertEquals("too-large", big.code(), big.out());
			RawSsh.Answer sum = ssh.exec("receive-image in5", stream("pages-1.img", new byte[60_000], "pages-2.img", new byte[60_000]));
			assertEquals("too-large", sum.code(), "the cap is for the whole transfer: " + sum.out());
			RawSsh.Answer badSize = ssh.exec("receive-image in6", "core-1.img 12abc\n".getBytes(StandardCharsets.US_ASCII));
			assertEquals("bad-request", badSize.code(), badSize.out());
			RawSsh.Answer badMeta = ssh.exec("receive-image in7", stream("core-1.img", "x", "drover-image.json",
					metadata("in7", "", "{\"name\":\"../x\",\"size\":1}")));
			assertEquals("untrusted-image", badMeta.code(), badMeta.out());
			RawSsh.Answer fine = ssh.exec("receive-image in8", stream("core-1.img", "x", "drover-image.json", metadata("in8", "", "")));
			assertTrue(fine.ok(), "a well-formed transfer still arrives: " + fine.out());
			assertTrue(ssh.exec("hello").ok(), "the agent keeps serving");
		}
		assertFalse(Files.exists(agent.stateDir.resolve("escaped")));
		assertFalse(Files.exists(agent.stateDir.resolve("images/escaped")));
		try (var left = Files.list(agent.stateDir.resolve("images"))) {
			List<String> names = left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("in") || n.startsWith(".incoming"))
					.toList();
			assertEquals(List.of("in8"), names, "only the well-formed transfer left an image");
		}
		assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
				Files.getPosixFilePermissions(agent.stateDir.resolve("images/in8/core-1.img"))), "received files are root's alone");
	}
}
