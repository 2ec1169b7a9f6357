package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import drover.core.KeyToolkit;
import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.ui.DroverUi;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.session.ConsoleSession;

/**
 * Host-key pinning in the console against a real agent: a new key is pinned only after the operator
 * confirms its fingerprint; a changed key is a warning whose default button refuses.
 */
class HostKeyConfirmationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static ExternalAgent agent;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private ConsoleSession session;

	@BeforeAll
	static void startAgent() throws Exception {
		agent = new ExternalAgent();
	}

	@AfterAll
	static void stopAgent() throws Exception {
		if (agent != null) {
			agent.close();
		}
	}

	@BeforeEach
	void open() throws Exception {
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		page = PlatformUI.getWorkbench().showPerspective(DroverUi.PERSPECTIVE_ID, window);
		page.showView(DroverUi.HOSTS_VIEW_ID); // installs the host-key dialog
		session = DroverUiPlugin.getDefault().session();
	}

	@AfterEach
	void cleanUp(TestInfo test) throws Exception {
		Screenshots.save(window.getShell(), "HostKeyConfirmationTest." + test.getTestMethod().orElseThrow().getName());
		UiHosts.removeTestHosts(page, session);
	}

	@Test
	void newKeyIsPinnedAfterTheOperatorConfirmsItsFingerprint() throws Exception {
		agent.pins().forget(agent.entry("uitest-key").endpoint());
		Host host = session.putHost(agent.entry("uitest-key"));
		Ui.DialogAnswer answer = new Ui.DialogAnswer("New host key", "&Trust and connect");
		session.connect(host);
		Ui.waitFor(TIMEOUT, "the host to connect after trusting its key",
				() -> host.getStatus() == ConnectionStatus.CONNECTED || host.getStatus() == ConnectionStatus.FAILED);
		answer.cancel();
		assertEquals(ConnectionStatus.CONNECTED, host.getStatus(), host.getStatusMessage());
		assertNotNull(answer.message, "the dialog was never shown");
		assertTrue(answer.message.contains("SHA256:"), "no fingerprint in: " + answer.message);
		assertEquals("&Trust and connect", answer.defaultButton);
		assertNotNull(agent.pins().pinned(agent.entry("uitest-key").endpoint()), "key not pinned after trusting it");
	}

	@Test
	void changedKeyIsRefusedByDefault() throws Exception {
		// pin some other key for the agent's endpoint: to the console the agent now looks impersonated
		Path other = agent.dir.resolve("other-key");
		KeyToolkit.ensureKeyPair(other, "not-the-agent");
		PublicKey wrong = KeyToolkit.load(other).getPublic();
		agent.pins().pin(agent.entry("uitest-key").endpoint(), wrong);
		Host host = session.putHost(agent.entry("uitest-key"));
		Ui.DialogAnswer answer = new Ui.DialogAnswer("Host key changed", "&Refuse");
		session.connect(host);
		Ui.waitFor(TIMEOUT, "the connection to be refused",
				() -> host.getStatus() == ConnectionStatus.FAILED || host.getStatus() == ConnectionStatus.CONNECTED);
		answer.cancel();
		assertNotNull(answer.message, "the dialog was never shown");
		assertTrue(answer.message.contains("CHANGED"), answer.message);
		assertEquals("&Refuse", answer.defaultButton, "a changed key must default to refusing");
		assertEquals(ConnectionStatus.FAILED, host.getStatus());
		assertTrue(host.getStatusMessage().contains("CHANGED"), host.getStatusMessage());
		assertArrayEquals(wrong.getEncoded(), agent.pins().pinned(agent.entry("uitest-key").endpoint()).getEncoded(),
				"the pin was replaced");
	}
}
