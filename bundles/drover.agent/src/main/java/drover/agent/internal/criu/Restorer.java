package drover.agent.internal.criu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import drover.agent.internal.Args;
import drover.agent.internal.Caller;
import drover.agent.internal.RequestException;
import drover.protocol.ErrorInfo;
import drover.protocol.ImageInfo;
import drover.protocol.Phase;
import drover.protocol.Preflight;
import drover.protocol.RecordKind;
import drover.protocol.RestoreResult;

/**
 * {@code restore IMAGE}: brings an image of the library back to life here, after checking its PIDs are free.
 * For a migration ({@code --migration}) the restore is noted in the target ledger (so a source agent that
 * restarts can ask what became of it); {@code --lazy} restores with the memory following (post-copy).
 */
public final class Restorer {

	private final CriuNode node;
	private final TargetPreflight preflight;

	public Restorer(CriuNode node, TargetPreflight preflight) {
		this.node = node;
		this.preflight = preflight;
	}

	public RestoreResult restore(Args args, Caller caller) throws RequestException, IOException {
		long restoreStarted = System.nanoTime();
		String name = args.positional(0, "an image name");
		ImageInfo image = node.library.info(name);
		boolean migration = args.flag("--migration");
		// the image is untrusted input: its files and names are checked, its flags come from this node's allowlist
		List<String> flags;
		try {
			UntrustedImage.check(node.library.existing(name), image);
			flags = UntrustedImage.restoreFlags(image);
		} catch (RequestException e) {
			node.audit.record(caller.user(), caller.keyFingerprint(), "restore", List.of(name), false, e.getMessage());
			throw e;
		}
		Preflight target = preflight.check(new Args("restore", image.pids().stream().map(String::valueOf).toList(), Set.of()));
		if (target.blocked()) {
			String reasons = String.join("; ", target.verdicts().stream().map(Preflight.Verdict::reason).toList());
			node.audit.record(caller.user(), caller.keyFingerprint(), "restore", List.of(name), false, reasons);
			throw new RequestException(ErrorInfo.REFUSED, "Image " + name + " cannot be restored here: " + reasons + ".",
					"Nothing was changed. Free the PIDs or restore on another host.");
		}
		Path dir = node.library.existing(name);
		List<Path> expanded;
		try { // compressed files are expanded, and every hashed file checked, before CRIU reads any of them
			expanded = ImageCompression.expand(dir, image);
		} catch (RequestException e) {
			node.audit.record(caller.user(), caller.keyFingerprint(), "restore", List.of(name), false, e.getMessage());
			throw e;
		}
		try {
			return restore(args, caller, name, image, dir, flags, migration, restoreStarted);
		} finally {
			ImageCompression.removeExpanded(expanded); // the image stays as it was stored
		}
	}

	private RestoreResult restore(Args args, Caller caller, String name, ImageInfo image, Path dir, List<String> flags,
			boolean migration, long restoreStarted) throws RequestException, IOException {
		boolean lazy = args.flag("--lazy");
		CriuRunner runner = new CriuRunner(node.criuPath());
		CriuRunner.Outcome outcome;
		if (migration) {
			node.ledger.note(name, TargetLedger.State.RESTORING, 0, image.pids(), lazy);
		}
		try {
			if (lazy) { // post-copy: the memory comes after, fetched by CRIU's lazy-pages daemon from the source
				node.postCopy.startFetcher(runner, name, dir);
				flags = new ArrayList<>(flags);
				flags.add("--lazy-pages");
			}
			outcome = runner.restore(dir, flags);
		} catch (RequestException | IOException e) {
			node.postCopy.stopFetcher(name);
			if (migration) {
				node.ledger.note(name, TargetLedger.State.IMAGE, 0, image.pids(), lazy);
			}
			node.audit.record(caller.user(), caller.keyFingerprint(), "restore", List.of(name), false, e.getMessage());
			throw e;
		}
		int pid = Integer.parseInt(Files.readString(dir.resolve("restored.pid")).trim());
		if (migration) {
			node.ledger.note(name, lazy ? TargetLedger.State.FETCHING : TargetLedger.State.RUNNING, pid, image.pids(), lazy);
			node.owners.claim(name, image.pids()); // until the migration ends, only it may stop or kill this copy
		}
		String announced = "";
		if (flags.stream().anyMatch(f -> UntrustedImage.OWN_NETWORK.matcher(f).matches())) {
			// the tree's own address is up here now: tell the segment (gratuitous ARP), and remember it
			try {
				node.net.announce(pid);
				announced = node.net.of(pid).map(a -> ", its address " + a.cidr() + " announced here").orElse("");
			} catch (IOException e) {
				announced = ", its address not announced (" + e.getMessage() + ")";
			}
		}
		int held = lazy ? node.postCopy.watch(name, image.pids()) : 0;
		if (!migration) { // a migration's restore is part of the migration's own record
			node.records.keep(RecordKind.RESTORE, name, pid, image.pids(), image.command(), restoreStarted, Phase.RESTORE,
					outcome.millis(), image.memoryPagesSize(), image.otherSize(), null, outcome.stats(), pid);
		}
		node.audit.record(caller.user(), caller.keyFingerprint(), "restore", List.of(name), true, "running as PID " + pid + announced
				+ (lazy ? " (post-copy, memory following; " + held + " userfaultfds held against a failing fetcher)" : ""));
		return new RestoreResult(name, pid, image.pids(), outcome.stats(), outcome.millis(), outcome.log().toString());
	}
}
