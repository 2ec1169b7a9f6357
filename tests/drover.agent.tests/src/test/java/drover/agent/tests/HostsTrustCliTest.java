package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.cli.DroverCli;

/**
 * {@code drover hosts trust} against a real agent over real SSH: it shows the fingerprint the agent presents,
 * pins it only after a "y" (or with --yes), and refuses when nobody can answer. The operator's answers come
 * from a stream, as they would from a terminal.
 */
class HostsTrustCliTest {

	@TempDir
	Path dir;

	LocalAgent agent;
	String endpoint;
	String fingerprint;
	String keyType;

	record Run(int exit, String out, String err) {
	}

	/** Runs the CLI; {@code answers} is what the operator types (null: no terminal, as in a script). */
	static Run drover(String answers, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StringWriter err = new StringWriter();
		int exit = DroverCli.execute(args, answers == null ? null : new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)),
				out, new PrintWriter(err, true));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
	}

	@BeforeEach
	void start() throws Exception {
		agent = new LocalAgent(dir);
		System.setProperty("drover.home", agent.home.dir().toString());
		Run add = drover(null, "hosts", "add", "node", "127.0.0.1", "--port", Integer.toString(agent.agent.port()), "--user", "tester");
		assertEquals(0, add.exit(), add.err());
		assertTrue(add.out().contains("'drover hosts trust node' shows its host key's fingerprint"), add.out());
		endpoint = agent.host().endpoint();
		// the agent's own key, read from its state directory: what the operator compares with
		KeyPair hostKey = new SimpleGeneratorHostKeyProvider(agent.stateDir.resolve("host_key")).loadKeys(null).iterator().next();
		fingerprint = KeyUtils.getFingerPrint(hostKey.getPublic());
		keyType = KeyUtils.getKeyType(hostKey.getPublic());
	}

	@AfterEach
	void stop() throws Exception {
		System.clearProperty("drover.home");
		agent.close();
	}

	PublicKey pinned() throws Exception {
		return agent.client.pins().pinned(endpoint);
	}

	@Test
	void trustShowsTheFingerprintAndPinsOnlyWhenTheOperatorSaysYes() throws Exception {
		Run script = drover(null, "hosts", "trust", "node");
		assertEquals(1, script.exit());
		assertTrue(script.out().contains(fingerprint), "the fingerprint is shown: " + script.out());
		assertTrue(script.err().contains("Nobody at a terminal to confirm the host key of node")
				&& script.err().contains("nothing was pinned") && script.err().contains("'drover hosts trust node --yes'"), script.err());
		assertNull(pinned());

		Run no = drover("n\n", "hosts", "trust", "node");
		assertEquals(1, no.exit());
		assertTrue(no.out().contains("Trust this key for node? [y/N]") && no.out().contains("Not trusted: nothing was pinned"), no.out());
		assertNull(pinned());

		Run endOfInput = drover("", "hosts", "trust", "node");
		assertEquals(1, endOfInput.exit(), "no answer is no");
		assertNull(pinned());

		Run yes = drover("y\n", "hosts", "trust", "node");
		assertEquals(0, yes.exit(), yes.err());
		assertTrue(yes.out().contains("presents the host key\n  " + keyType + " " + fingerprint), yes.out());
		assertTrue(yes.out().contains("Trusted the host key of node (" + endpoint + "): " + fingerprint), yes.out());
		assertEquals(fingerprint, KeyUtils.getFingerPrint(pinned()));
		assertEquals(0, drover(null, "hosts", "--json").exit());
		assertTrue(drover(null, "hosts").out().contains(" up "), "the host answers with the pinned key");

		Run again = drover(null, "hosts", "trust", "node");
		assertEquals(0, again.exit(), again.err());
		assertTrue(again.out().contains("is already trusted: " + fingerprint), again.out());
	}

	@Test
	void trustWithYesPinsWithoutAsking() throws Exception {
		Run yes = drover(null, "hosts", "trust", "node", "--yes");
		assertEquals(0, yes.exit(), yes.err());
		assertTrue(!yes.out().contains("[y/N]") && yes.out().contains(fingerprint), yes.out());
		assertEquals(fingerprint, KeyUtils.getFingerPrint(pinned()));
	}

	@Test
	void aChangedKeyIsReplacedOnlyWithReplaceAndAConfirmation() throws Exception {
		PublicKey old = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256).getPublic();
		agent.client.pins().pin(endpoint, old);

		Run refused = drover("y\n", "hosts", "trust", "node");
		assertEquals(1, refused.exit());
		assertTrue(refused.err().contains("CHANGED") && refused.err().contains("drover hosts trust node --replace"), refused.err());
		assertTrue(KeyUtils.compareKeys(old, pinned()), "the old pin stays");

		Run declined = drover("no\n", "hosts", "trust", "node", "--replace");
		assertEquals(1, declined.exit());
		assertTrue(declined.out().contains("It CHANGED: the key pinned for it was " + KeyUtils.getFingerPrint(old)), declined.out());
		assertTrue(KeyUtils.compareKeys(old, pinned()), "the old pin stays");

		Run replaced = drover("yes\n", "hosts", "trust", "node", "--replace");
		assertEquals(0, replaced.exit(), replaced.err());
		assertEquals(fingerprint, KeyUtils.getFingerPrint(pinned()));
	}
}
