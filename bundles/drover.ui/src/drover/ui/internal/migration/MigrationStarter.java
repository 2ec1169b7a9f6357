package drover.ui.internal.migration;

import java.util.List;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;

import drover.ui.internal.prefs.DroverPreferences;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import drover.core.HostEntry;
import drover.protocol.MigrationReport;
import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.protocol.Preflight.Verdict;
import drover.ui.internal.history.HistoryMerge;
import drover.ui.internal.session.ConsoleSession;

/**
 * The way from "move these processes there" to a running migration, for drag and drop and the menu
 * alike: pre-flight in a job, the verdicts in a dialog when there are errors or warnings, then the
 * {@link MigrationJob}, which hands the migration to the source's agent and watches it; afterwards both
 * hosts refresh, the reports go into the model (merged by id with what the history already has), and a
 * failure is shown with its phase, its cause and what Drover did about it. A fork ({@link #fork}) goes the
 * same way: its pre-flight says what a copy cannot share with the original, and the source's agent runs it
 * as it runs a migration, leaving the original running. Called on the UI thread.
 */
public final class MigrationStarter {

	/** Title of the dialog that reports a failed or refused migration. */
	public static final String FAILURE_TITLE = "Migration failed";
	/** Title of the dialog that reports a failed or refused fork. */
	public static final String FORK_FAILURE_TITLE = "Copy failed";

	private final ConsoleSession session;
	private final Display display;

	public MigrationStarter(ConsoleSession session, Display display) {
		this.session = session;
		this.display = display;
	}

	/** Pre-flight, then (if the verdicts and the operator allow) the migration. */
	public void migrate(MigrationRequest request, String targetName) {
		check(request, targetName, true, false, false);
	}

	/**
	 * A fork: pre-flight for a copy (what it cannot share with the original), then (if the verdicts and the
	 * operator allow) the copy goes on on the target while the original keeps running on its host.
	 */
	public void fork(MigrationRequest request, String targetName) {
		check(request, targetName, true, false, true);
	}

	/** The same, post-copy: the process runs on the target while its memory follows (see the README). */
	public void migratePostCopy(MigrationRequest request, String targetName) {
		check(request, targetName, true, true, false);
	}

	/** Pre-flight only: the verdicts in a dialog, nothing migrated. */
	public void showPreflight(MigrationRequest request, String targetName) {
		check(request, targetName, false, false, false);
	}

	private void check(MigrationRequest request, String targetName, boolean thenMigrate, boolean postCopy, boolean fork) {
		Host source = session.host(request.source());
		Host target = session.host(targetName);
		if (source != null && source == target) {
			return; // dropped back where it came from
		}
		String refusal = source == null || target == null ? "Unknown host " + (source == null ? request.source() : targetName)
				: source.getStatus() != ConnectionStatus.CONNECTED ? "Connect to " + source.getName() + " first."
						: target.getStatus() != ConnectionStatus.CONNECTED ? "Connect to " + targetName + " first." : null;
		if (refusal != null) {
			MessageDialog.openInformation(shell(), fork ? "Copy" : "Migrate", refusal);
			return;
		}
		HostEntry from = drover.ui.internal.session.HostEntries.of(source);
		HostEntry to = drover.ui.internal.session.HostEntries.of(target);
		PreflightJob preflight = new PreflightJob(session, from, to, request.pids()).forFork(fork);
		preflight.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().isOK()) {
					ui(() -> decide(request, from, to, preflight, thenMigrate, postCopy, fork));
				}
			}
		});
		preflight.schedule();
	}

	private void decide(MigrationRequest request, HostEntry from, HostEntry to, PreflightJob preflight, boolean thenMigrate,
			boolean postCopy, boolean fork) {
		String subject = request.describe() + " to " + to.name();
		if (preflight.problem() != null) {
			MessageDialog.openError(shell(), VerdictDialog.TITLE, "Pre-flight of " + subject + " failed: " + preflight.problem());
			return;
		}
		List<Verdict> verdicts = preflight.verdicts();
		boolean errors = VerdictDialog.hasErrors(verdicts);
		boolean warnings = VerdictDialog.hasWarnings(verdicts);
		if (!thenMigrate) {
			new VerdictDialog(shell(), subject, verdicts, VerdictDialog.Mode.SHOW).open();
			return;
		}
		if (errors) {
			new VerdictDialog(shell(), subject, verdicts, VerdictDialog.Mode.BLOCKED).forFork(fork).open();
			return;
		}
		if (warnings && new VerdictDialog(shell(), subject, verdicts, VerdictDialog.Mode.CONFIRM).forFork(fork)
				.open() != VerdictDialog.MIGRATE_ID) {
			return;
		}
		if (!warnings && DroverPreferences.confirmEveryMigration() && !MessageDialog.openConfirm(shell(), fork ? "Copy" : "Migrate",
				(fork ? "Copy " : "Migrate ") + subject + (postCopy ? " post-copy" : "") + "?")) {
			return;
		}
		if (fork) { // the original keeps running: nothing to gain from post-copy
			new MigrationJob(session, from, to, request.pids(), warnings, reports -> ui(() -> finished(reports))).fork()
					.onAccepted(report -> ui(() -> HistoryMerge.merge(session.cluster(), List.of(report)))).schedule();
			return;
		}
		postCopy = postCopy || largeEnoughForPostCopy(request);
		// the source agent checks again when it runs the migration (things change); the operator has accepted what was shown
		new MigrationJob(session, from, to, request.pids(), warnings, reports -> ui(() -> finished(reports))).postCopy(postCopy)
				.onAccepted(report -> ui(() -> HistoryMerge.merge(session.cluster(), List.of(report)))).schedule();
	}

	private void finished(List<MigrationReport> reports) {
		if (reports.isEmpty()) {
			return;
		}
		// by id: a migration the history already shows in progress (it polls the agents) gets its final record
		HistoryMerge.merge(session.cluster(), reports);
		MigrationReport first = reports.get(0);
		refreshSoon(first.source, 5);
		refreshSoon(first.target, 5);
		// a cancel is the operator's own doing: no dialog for it (the record says so)
		// one still in progress (the console lost sight of it) is not a failure: the job's result says so
		List<MigrationReport> failed = reports.stream().filter(r -> r.outcome.isFinal() && r.outcome != drover.protocol.Outcome.DONE
				&& !MigrationJob.CANCELED.equals(r.cause) && !MigrationJob.FORK_CANCELED.equals(r.cause)).toList();
		if (!failed.isEmpty()) {
			StringBuilder text = new StringBuilder();
			for (MigrationReport r : failed) {
				text.append("PID ").append(r.pid).append(": ").append(r.outcome).append(" in phase ").append(r.failedPhase)
						.append("\n\nCause: ").append(r.cause).append("\n\nWhat Drover did about it: ").append(r.rollback);
				r.warnings.forEach(w -> text.append("\n").append(w));
				text.append("\n\n");
			}
			if (DroverPreferences.showFailures()) {
				MessageDialog.openError(shell(), failed.get(0).kind == drover.protocol.RecordKind.FORK ? FORK_FAILURE_TITLE
						: FAILURE_TITLE, text.toString().strip());
			}
		}
	}

	/** The preference "post-copy from N MiB on": the tree's resident memory, as the model last saw it. */
	private boolean largeEnoughForPostCopy(MigrationRequest request) {
		int fromMiB = DroverPreferences.postCopyFromMiB();
		Host source = session.host(request.source());
		if (fromMiB <= 0 || source == null) {
			return false;
		}
		long bytes = 0;
		for (drover.model.Process p : source.getProcesses()) {
			if (request.pids().contains(p.getPid())) {
				bytes += treeResident(p);
			}
		}
		return bytes >= fromMiB * 1024L * 1024L;
	}

	private static long treeResident(drover.model.Process p) {
		long bytes = p.getResidentMemory();
		for (drover.model.Process child : p.getChildren()) {
			bytes += treeResident(child);
		}
		return bytes;
	}

	/** Refreshes the host now, or a little later while a refresh (perhaps from before the move) still runs. */
	private void refreshSoon(String name, int attempts) {
		Host host = session.host(name);
		if (host != null && session.refresh(host) == null && attempts > 1 && !display.isDisposed()) {
			display.timerExec(500, () -> refreshSoon(name, attempts - 1));
		}
	}

	private void ui(Runnable runnable) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!display.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	private Shell shell() {
		Shell active = display.getActiveShell();
		return active != null ? active : org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
	}
}
