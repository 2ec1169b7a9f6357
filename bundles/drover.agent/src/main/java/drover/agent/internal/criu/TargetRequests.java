package drover.agent.internal.criu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import drover.agent.internal.Args;
import drover.agent.internal.Caller;
import drover.agent.internal.RequestException;
import drover.protocol.Json;
import drover.protocol.ProgressEvent;
import drover.protocol.TargetStatus;

/**
 * What a source agent asks of this node as a migration's target, beyond moving the image: a slot among the
 * incoming migrations ({@code incoming-slot}, held as long as its channel stays open), what became of the
 * migration here ({@code migration-status}), and to make sure no copy of it runs and nothing of it remains
 * here ({@code migration-abort}, idempotent: the rollback's one request to the target).
 */
public final class TargetRequests {

	private final CriuNode node;
	private final Slots incoming;
	/** Images an operator announced ({@code expect-image}) that another agent may now send into the library. */
	private final java.util.Set<String> expected = java.util.concurrent.ConcurrentHashMap.newKeySet();

	public TargetRequests(CriuNode node, int maxIncoming) {
		this.node = node;
		this.incoming = new Slots("incoming migrations on " + node.hostName, maxIncoming);
		// a reservation is bound to its migration's slot or its image's expectation, and ends with it
		node.reservations.holders(id -> incoming.holds(id) || expected.contains(id));
	}

	public Slots incoming() {
		return incoming;
	}

	public java.util.Set<String> expected() {
		return expected;
	}

	/**
	 * {@code expect-image NAME}: lets another agent send this node the image NAME for its library, as long as the
	 * caller keeps the channel open (a copy that outlives its operator's command is not let in).
	 */
	public Object expectImage(Args args, InputStream in, Consumer<String> progress) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		if (Files.exists(node.library.dir(name))) {
			throw new RequestException(drover.protocol.ErrorInfo.BAD_IMAGE, "Image " + name + " exists already on "
					+ node.hostName + ".",
					"Restore it there ('drover restore " + node.hostName + " " + name + "'), or delete it"
							+ " first ('delete-image').");
		}
		if (!expected.add(name)) {
			throw new RequestException(drover.protocol.ErrorInfo.TOO_BUSY, "Image " + name + " is being copied to "
					+ node.hostName + " already.", "Wait until that copy ends.");
		}
		try {
			progress.accept(Json.newMapper().writeValueAsString(ProgressEvent.queued(name, 0, "expecting image " + name + " on "
					+ node.hostName)));
			byte[] sink = new byte[256];
			while (in.read(sink) >= 0) {
				// the caller writes nothing; EOF (or a broken channel) ends the permission
			}
		} catch (IOException e) {
			// the channel broke: the permission ends all the same
		} finally {
			expected.remove(name);
			node.reservations.release(name);
		}
		return Map.of("expected", name);
	}

	public TargetStatus status(Args args) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "a migration ID"));
		TargetLedger.Entry entry = node.ledger.get(name);
		if (entry == null) {
			boolean image = Files.isDirectory(node.library.dir(name));
			return new TargetStatus(name, image ? TargetStatus.Copy.IMAGE_ONLY : TargetStatus.Copy.ABSENT, 0, List.of(),
					image ? "its image is here, never restored" : "nothing of it is here");
		}
		boolean alive = TargetLedger.copyAlive(entry);
		TargetStatus.Copy copy = switch (entry.state()) {
		case INCOMING -> TargetStatus.Copy.ABSENT;
		case IMAGE -> TargetStatus.Copy.IMAGE_ONLY;
		case RESTORING -> TargetStatus.Copy.UNSETTLED;
		case RUNNING, COMPLETE, FINISHED -> alive ? TargetStatus.Copy.RUNNING_COMPLETE : TargetStatus.Copy.STOPPED;
		case FETCHING -> alive ? TargetStatus.Copy.RUNNING_FETCHING : TargetStatus.Copy.STOPPED;
		case STOPPED -> TargetStatus.Copy.STOPPED;
		};
		return new TargetStatus(name, copy, entry.restoredPid(), entry.pids(), "ledger: " + entry.state()
				+ (entry.restoredPid() > 0 ? ", PID " + entry.restoredPid() + (alive ? " running" : " gone") : ""));
	}

	public Object abort(Args args, Caller caller) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "a migration ID"));
		return node.audit.audited(caller, "migration-abort", List.of(name), r -> String.valueOf(r.get("done")), () -> {
			List<String> done = new ArrayList<>();
			TargetLedger.Entry entry = node.ledger.get(name);
			if (entry != null && TargetLedger.copyAlive(entry)) {
				node.signals.send("KILL", entry.pids());
				node.signals.awaitGone(entry.pids());
				done.add("stopped the copy (PIDs " + entry.pids() + ")");
			}
			node.postCopy.stopFetcher(name);
			node.pageServers.stop(name);
			node.postCopy.forget(name);
			ImageLibrary.deleteTree(node.library.root().resolve(".incoming-" + name));
			if (Files.isDirectory(node.library.dir(name))) {
				node.library.delete(name);
				done.add("removed its image");
			}
			if (entry != null) {
				node.ledger.move(name, TargetLedger.State.STOPPED);
			}
			node.owners.release(name);
			node.reservations.release(name);
			return Map.of("aborted", name, "done", done);
		});
	}

	/**
	 * Waits for a free incoming slot (reporting the queue position), then holds it until the caller closes the
	 * channel: a source agent that dies gives its slot back with its connection.
	 */
	public Object holdIncoming(Args args, InputStream in, Consumer<String> progress) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "a migration ID"));
		var json = Json.newMapper();
		Slots.Ticket ticket = incoming.enter(name);
		try {
			ticket.await(position -> {
				try {
					progress.accept(json.writeValueAsString(ProgressEvent.queued(name, position, "waiting for a slot among "
							+ incoming.what() + " (limit " + incoming.limit() + ")")));
				} catch (IOException e) {
					// the caller went away: the read below ends
				}
			});
			progress.accept(json.writeValueAsString(ProgressEvent.queued(name, 0, "slot granted on " + node.hostName)));
			byte[] sink = new byte[256];
			while (in.read(sink) >= 0) {
				// the caller writes nothing; EOF (or a broken channel) is the end of the hold
			}
		} catch (IOException e) {
			// the channel broke: the slot goes back all the same
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			ticket.close();
			node.reservations.release(name); // what the pre-flight reserved for it goes with the slot
			// the migration ended on its source (or its source died): the copy here is nobody's to guard any more
			node.owners.release(name);
		}
		return Map.of("released", name);
	}
}
