package drover.ui.internal.migration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import drover.ui.internal.ConsoleLog;
import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.HostEntry;
import drover.protocol.Preflight;
import drover.protocol.Preflight.Verdict;
import drover.ui.internal.session.ConsoleSession;

/**
 * Asks both agents whether the processes can move: the source about each process tree (resources CRIU
 * cannot take along, or for a fork what a copy cannot share with the original), the target about room and
 * PID collisions. Touches nothing. The verdicts, or
 * why the agents could not be asked, are in {@link #verdicts()} and {@link #problem()} when it is done.
 */
final class PreflightJob extends Job {

	private final ConsoleSession session;
	private final HostEntry source;
	private final HostEntry target;
	private final List<Integer> pids;
	private volatile List<Verdict> verdicts = List.of();
	private volatile String problem;
	private boolean fork;

	PreflightJob(ConsoleSession session, HostEntry source, HostEntry target, List<Integer> pids) {
		super("Pre-flight: " + pids + " from " + source.name() + " to " + target.name());
		this.session = session;
		this.source = source;
		this.target = target;
		this.pids = pids;
	}

	/** A fork's pre-flight: the tree is judged as copied while the original runs on. */
	PreflightJob forFork(boolean on) {
		this.fork = on;
		if (on) {
			setName("Pre-flight of a copy: " + pids + " from " + source.name() + " to " + target.name());
		}
		return this;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), pids.size() + 1);
		List<Verdict> found = new ArrayList<>();
		try {
			AgentConnection from = session.connection(source);
			AgentConnection to = session.connection(target);
			List<Integer> tree = new ArrayList<>();
			long bytes = 0;
			for (int pid : pids) {
				progress.subTask("checking PID " + pid + " on " + source.name());
				Preflight check = fork ? from.preflightFork(pid) : from.preflight(pid);
				found.addAll(check.verdicts());
				check.pids().stream().filter(p -> !tree.contains(p)).forEach(tree::add);
				bytes += check.residentBytes();
				progress.worked(1);
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
			}
			progress.subTask("checking room and PIDs on " + target.name());
			found.addAll(to.preflightTarget(tree, bytes, bytes).verdicts());
			verdicts = List.copyOf(found);
		} catch (IOException | RuntimeException e) {
			ConsoleLog.ifInternal(getName(), e);
			problem = e instanceof AgentException a ? a.explain() : String.valueOf(e.getMessage());
		}
		return Status.OK_STATUS;
	}

	List<Verdict> verdicts() {
		return verdicts;
	}

	String problem() {
		return problem;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == MigrationJob.FAMILY;
	}
}
