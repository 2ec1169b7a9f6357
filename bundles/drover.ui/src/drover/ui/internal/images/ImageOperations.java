package drover.ui.internal.images;

import java.io.IOException;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.HostEntry;
import drover.core.ImageCopy;
import drover.core.migration.MigrationRunner;
import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.protocol.ErrorInfo;
import drover.protocol.ImageInfo;
import drover.protocol.Preflight.Verdict;
import drover.protocol.Protocol;
import drover.protocol.PushResult;
import drover.protocol.RestoreResult;
import drover.ui.internal.prefs.DroverPreferences;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.session.HostEntries;

/**
 * What the operator does with images, from the Images view, the timeline or a drop: restore (here, or on another
 * host: pre-flight there, then copy and restore as {@code drover restore TARGET IMAGE --from HOST}), copy to another
 * host's library, delete, cancel a schedule. Each is the agents' own audited request, sent from a job; the outcome
 * or the error in a dialog. Called on the UI thread.
 */
public final class ImageOperations {

	public static final String RESTORE_TITLE = "Restore image";
	public static final String COPY_TITLE = "Copy image";
	public static final String DELETE_TITLE = "Delete image";
	public static final String CANCEL_SCHEDULE_TITLE = "Cancel schedule";

	private final ConsoleSession session;
	private final Display display;

	public ImageOperations(ConsoleSession session, Display display) {
		this.session = session;
		this.display = display;
	}

	/**
	 * Restores {@code image} of {@code source}'s library on {@code target} (the same host or another): the target's
	 * pre-flight first, its verdicts shown when they warn or refuse (or always, with the preference to confirm every
	 * migration), then the restore.
	 */
	public void restore(String source, String image, String target) {
		HostEntry from = connected(source, RESTORE_TITLE);
		HostEntry to = connected(target, RESTORE_TITLE);
		if (from == null || to == null) {
			return;
		}
		boolean here = source.equals(target);
		String subject = "image " + image + " on " + target + (here ? "" : " (from " + source + ")");
		new ImageJob<List<Verdict>>("Pre-flight: " + subject, steps -> {
			ImageInfo info = find(session.connection(from), source, image);
			steps.step("checking PIDs and room on " + target);
			// here the image is on disk already: only its compressed pages expand before CRIU reads them
			long bytes = here ? Math.max(0, info.totalSize() - info.storedSize()) : info.totalSize();
			return session.connection(to).preflightTarget(info.pids(), bytes, info.memoryPagesSize(), false).verdicts();
		}, display, verdicts -> decide(from, to, image, subject, verdicts),
				why -> error(RESTORE_TITLE, "Cannot restore " + subject + ": " + why)).schedule();
	}

	private void decide(HostEntry from, HostEntry to, String image, String subject, List<Verdict> verdicts) {
		boolean ask = RestoreVerdictDialog.hasErrors(verdicts) || RestoreVerdictDialog.hasWarnings(verdicts)
				|| DroverPreferences.confirmEveryMigration();
		if (ask && new RestoreVerdictDialog(shell(), subject, verdicts).open() != RestoreVerdictDialog.RESTORE_ID) {
			return; // blocked, or the operator said no: nothing was copied or touched
		}
		boolean here = from.name().equals(to.name());
		new ImageJob<String>("Restore " + subject, steps -> {
			if (here) {
				steps.step("restoring on " + to.name());
				RestoreResult r = session.connection(to).restore(image);
				return "Restored image " + image + " on " + to.name() + " as PID " + r.pid() + " (" + r.restoreMillis() + " ms).";
			}
			steps.step("copying from " + from.name());
			ImageCopy.Result r = ImageCopy.restoreFrom(session.connection(from), session.connection(to), to, fingerprint(to),
					image, false, steps.copying("copying from " + from.name()));
			return "Copied image " + image + " from " + from.name() + " to " + to.name() + " (" + r.push().files().size()
					+ " files, " + (r.push().bytes() >> 10) + " KB in " + r.push().millis() + " ms, SHA-256 of each file matches)"
					+ " and restored it there as PID " + r.restore().pid() + " (" + r.restore().restoreMillis() + " ms). The copy on "
					+ to.name() + " was removed; the image stays on " + from.name() + ".";
		}, display, message -> {
			changed(from.name(), to.name());
			MessageDialog.openInformation(shell(), RESTORE_TITLE, message);
		}, why -> {
			changed(from.name(), to.name());
			error(RESTORE_TITLE, "Cannot restore " + subject + ": " + why);
		}).schedule();
	}

	/** Copies {@code image} into {@code target}'s library, where it stays (checked file by file on arrival). */
	public void copy(String source, String image, String target) {
		HostEntry from = connected(source, COPY_TITLE);
		HostEntry to = connected(target, COPY_TITLE);
		if (from == null || to == null || source.equals(target)) {
			return;
		}
		String subject = "image " + image + " from " + source + " to " + target;
		new ImageJob<PushResult>("Copy " + subject, steps -> {
			steps.step("copying to " + target);
			return ImageCopy.copy(session.connection(from), session.connection(to), to, fingerprint(to), image,
					steps.copying("copying to " + target));
		}, display, push -> {
			changed(source, target);
			MessageDialog.openInformation(shell(), COPY_TITLE, "Copied " + subject + ": " + push.files().size() + " files, "
					+ (push.bytes() >> 10) + " KB in " + push.millis() + " ms, SHA-256 of each file matches. It is in " + target
					+ "'s library now; the original stays on " + source + ".");
		}, why -> error(COPY_TITLE, "Cannot copy " + subject + ": " + why)).schedule();
	}

	/** Asks, then deletes the image from its host's library. */
	public void delete(String host, String image) {
		HostEntry entry = connected(host, DELETE_TITLE);
		if (entry == null) {
			return;
		}
		MessageDialog confirm = new MessageDialog(shell(), DELETE_TITLE, null, "Delete image " + image + " from " + host
				+ "'s library? Its process can no longer be restored from it; this cannot be undone.", MessageDialog.WARNING, 1,
				"Delete", "Cancel");
		if (confirm.open() != Window.OK) {
			return;
		}
		new ImageJob<Boolean>("Delete image " + image + " on " + host, steps -> {
			session.connection(entry).deleteImage(image);
			return true;
		}, display, done -> changed(host, host), why -> error(DELETE_TITLE, "Cannot delete image " + image + " on " + host + ": "
				+ why)).schedule();
	}

	/** Asks, then stops a schedule on its host (its images stay). */
	public void cancelSchedule(String host, String id) {
		HostEntry entry = connected(host, CANCEL_SCHEDULE_TITLE);
		if (entry == null) {
			return;
		}
		MessageDialog confirm = new MessageDialog(shell(), CANCEL_SCHEDULE_TITLE, null, "Stop schedule " + id + " on " + host
				+ "? It takes no further checkpoints; the images it took stay.", MessageDialog.QUESTION, 1, "Cancel Schedule",
				"Keep It");
		if (confirm.open() != Window.OK) {
			return;
		}
		new ImageJob<Boolean>("Cancel schedule " + id + " on " + host, steps -> {
			session.connection(entry).request(Protocol.SCHEDULE_CANCEL + " " + AgentConnection.quote(id));
			return true;
		}, display, done -> changed(host, host), why -> error(CANCEL_SCHEDULE_TITLE, "Cannot cancel schedule " + id + " on "
				+ host + ": " + why)).schedule();
	}

	private HostEntry connected(String name, String title) {
		Host host = session.host(name);
		if (host == null || host.getStatus() != ConnectionStatus.CONNECTED) {
			MessageDialog.openInformation(shell(), title, host == null ? "There is no host " + name + "."
					: "Connect to " + name + " first.");
			return null;
		}
		return HostEntries.of(host);
	}

	private String fingerprint(HostEntry target) throws AgentException {
		String fingerprint = MigrationRunner.pinnedFingerprint(session.pins(), target);
		if (fingerprint == null) {
			throw new AgentException(ErrorInfo.HOST_KEY_UNKNOWN, "No host key is pinned for " + target.name()
					+ ": the image's agent would not know which key to accept from it.",
					"Connect to " + target.name()
							+ " from the Hosts view and trust its key. Nothing was copied.");
		}
		return fingerprint;
	}

	private static ImageInfo find(AgentConnection agent, String host, String image) throws IOException {
		return agent.images().stream().filter(i -> i.name().equals(image)).findFirst()
				.orElseThrow(() -> new AgentException(ErrorInfo.NO_SUCH_IMAGE, "There is no image " + image + " on " + host
						+ " (any more).", "The Images view of " + host + " lists what it has now."));
	}

	/** Both hosts' processes and every open Images view are out of date now. */
	private void changed(String a, String b) {
		for (String name : new String[] { a, b }) {
			Host host = session.host(name);
			if (host != null) {
				session.refresh(host);
			}
		}
		ImagesView.refreshAll();
	}

	private void error(String title, String message) {
		MessageDialog.openError(shell(), title, message);
	}

	private Shell shell() {
		Shell active = display.getActiveShell();
		return active != null ? active : PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
	}
}
