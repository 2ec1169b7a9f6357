package drover.ui.internal.hosts;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import drover.core.HostEntry;
import drover.ui.internal.session.HostKeyQuestion;

/**
 * Asks the operator to confirm a host key, on the UI thread (the caller is a connect job). A new
 * key shows its fingerprint and defaults to trusting it; a changed key is a warning that defaults
 * to refusing, because it is what an impersonated host looks like.
 */
public final class HostKeyDialog implements HostKeyQuestion {

	private final Display display;

	public HostKeyDialog(Display display) {
		this.display = display;
	}

	@Override
	public boolean trust(HostEntry host, String fingerprint, String pinnedFingerprint) {
		AtomicBoolean trusted = new AtomicBoolean();
		if (!display.isDisposed()) {
			display.syncExec(() -> trusted.set(ask(display.getActiveShell(), host, fingerprint, pinnedFingerprint)));
		}
		return trusted.get();
	}

	static boolean ask(Shell shell, HostEntry host, String fingerprint, String pinnedFingerprint) {
		String where = host.name() + " (" + host.endpoint() + ")";
		if (pinnedFingerprint == null) {
			String message = "The agent of " + where + " presents a host key the console does not know yet:\n\n    "
					+ fingerprint + "\n\nCompare it with the key on the node (the agent prints it at start-up)."
					+ " Trust it and remember it for this host?";
			return new MessageDialog(shell, "New host key", null, message, MessageDialog.QUESTION,
					0, "&Trust and connect", "&Cancel").open() == 0;
		}
		String message = "WARNING: THE HOST KEY OF " + where.toUpperCase() + " HAS CHANGED.\n\nPinned:    "
				+ pinnedFingerprint + "\nPresented: " + fingerprint
				+ "\n\nSomeone may be impersonating this host, or the agent was reinstalled with a new key."
				+ " Only replace the pinned key if the node's operator confirms the new fingerprint.";
		// default button (index 0) refuses: pressing Enter must never trust a changed key
		return new MessageDialog(shell, "Host key changed", null, message, MessageDialog.WARNING,
				0, "&Refuse", "Replace the pinned key").open() == 1;
	}
}
