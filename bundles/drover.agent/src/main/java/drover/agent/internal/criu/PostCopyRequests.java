package drover.agent.internal.criu;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import drover.agent.internal.Args;
import drover.agent.internal.Caller;
import drover.agent.internal.RawChannel;
import drover.agent.internal.RequestException;

/**
 * The requests of a post-copy migration after the freeze: the page channel from the source ({@code lazy-source},
 * target), waiting until the target has them all ({@code lazy-wait}, target; {@code lazy-finish}, source), and
 * cutting them off ({@code lazy-abort}, source).
 */
public final class PostCopyRequests {

	private final CriuNode node;

	public PostCopyRequests(CriuNode node) {
		this.node = node;
	}

	/**
	 * Target side: the page channel of a post-copy migration, on this request's own SSH channel. Its bytes are
	 * relayed to a socketpair whose other end the restore's lazy-pages daemon gets; the request lasts until the
	 * pages stop flowing (the daemon finished, the source cut them, or the channel broke).
	 */
	public Object lazySource(Args args, Caller caller, InputStream in, RawChannel raw) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		PageSocket socket = PageSocket.open();
		node.postCopy.expect(name, socket);
		node.audit.record(caller.user(), caller.keyFingerprint(), "lazy-source", List.of(name), true,
				"page channel on this request's SSH channel (socketpair, nothing listens)");
		socket.relay(in, raw.take(), name, null);
		try {
			socket.await(Long.MAX_VALUE);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			socket.cut();
		}
		return Map.of("image", name);
	}

	/** Source side: waits until the pages of the image stopped being served; the tree is still frozen then. */
	public Object lazyFinish(Args args, Caller caller) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		return node.audit.audited(caller, "lazy-finish", List.of(name), r -> "all pages served", () -> node.postCopy.finish(name));
	}

	/** Source side: stops serving the pages of an image; resumes its tree here (--resume) or holds it frozen. */
	public Object lazyAbort(Args args, Caller caller) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		boolean resume = args.flag("--resume");
		return node.audit.audited(caller, "lazy-abort", List.of(name), result -> resume ? "resumed " + result.get("resumed")
				: "page link cut, tree held frozen: " + result.get("held"), () -> node.postCopy.abort(name, resume));
	}

	/** Target side: waits until the restored process has all its memory (progress: bytes fetched so far). */
	public Object lazyWait(Args args, Caller caller, Consumer<String> progress) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		return node.audit.audited(caller, "lazy-wait", List.of(name), r -> "all memory here", () -> {
			Map<String, Object> result = node.postCopy.await(name, progress);
			node.ledger.move(name, TargetLedger.State.COMPLETE);
			return result;
		});
	}
}
