package drover.agent.internal.criu;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import drover.agent.internal.AuditLog;
import drover.agent.internal.MigrationLog;
import drover.agent.internal.RequestException;
import drover.agent.internal.TreeOwners;
import drover.agent.internal.proc.ProcScanner;
import drover.protocol.CriuStatus;
import drover.protocol.ErrorInfo;

/**
 * What the agent's CRIU rooms share: this node's name, its /proc scanner, image library, CRIU, audit log,
 * page servers, post-copy engine, peer connections, records, the owners of trees under migration, the disk
 * reserved for incoming images and the ledger of what this node did as a migration's target. One instance per agent, made by the
 * dispatcher.
 */
public final class CriuNode {

	final String hostName;
	final ProcScanner scanner;
	final ImageLibrary library;
	final Supplier<CriuStatus> criu;
	final AuditLog audit;
	final TreeSignals signals = new TreeSignals();
	final PageServers pageServers;
	final PostCopy postCopy;
	final PeerPusher peers;
	final OperationRecords records;
	final TreeOwners owners;
	final TargetLedger ledger;
	final ImageRetention retention;
	/** The trees here with an address of their own ({@code launch}). */
	public final drover.agent.internal.net.OwnNetwork net;
	/** Disk the target's pre-flight reserved for incoming transfers, which caps them. */
	final DiskReservations reservations = DiskReservations.fromProperties();

	public CriuNode(String hostName, ProcScanner scanner, ImageLibrary library, Supplier<CriuStatus> criu, AuditLog audit,
			PeerPusher peers, MigrationLog log, TreeOwners owners) {
		this.hostName = hostName;
		this.scanner = scanner;
		this.library = library;
		this.criu = criu;
		this.audit = audit;
		this.peers = peers;
		this.records = new OperationRecords(hostName, log);
		this.owners = owners;
		this.retention = ImageRetention.fromProperties(library, hostName);
		this.net = new drover.agent.internal.net.OwnNetwork(library.root().resolveSibling("own-addresses"));
		this.pageServers = new PageServers(library.root().resolve(".page-servers"));
		this.ledger = new TargetLedger(library.root().resolveSibling("target-ledger"));
		this.postCopy = new PostCopy(library.root().resolve(".post-copy"), signals, (image, what) -> {
			audit.record("drover-agent", null, "post-copy-stop", List.of(image), true, what);
			try {
				ledger.move(image, TargetLedger.State.STOPPED);
			} catch (java.io.IOException e) {
				org.slf4j.LoggerFactory.getLogger(CriuNode.class).warn("cannot note the stop of {} in the ledger", image, e);
			}
		});
	}

	public ImageLibrary library() {
		return library;
	}

	public PageServers pageServers() {
		return pageServers;
	}

	public PostCopy postCopy() {
		return postCopy;
	}

	public DiskReservations reservations() {
		return reservations;
	}

	public ImageRetention retention() {
		return retention;
	}

	public TargetLedger ledger() {
		return ledger;
	}

	public TreeOwners owners() {
		return owners;
	}

	public String hostName() {
		return hostName;
	}

	Path criuPath() throws RequestException {
		CriuStatus status = criu.get();
		if (status.path() == null || !status.checkOk()) {
			throw new RequestException(ErrorInfo.CRIU_FAILED, "CRIU is not usable on " + hostName + ": " + status.checkMessage(),
					"Run scripts/install-deps.sh on the node.");
		}
		return Path.of(status.path());
	}

	static List<String> strings(List<Integer> pids) {
		return pids.stream().map(String::valueOf).toList();
	}
}
