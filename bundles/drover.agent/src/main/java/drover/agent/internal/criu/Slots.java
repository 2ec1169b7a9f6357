package drover.agent.internal.criu;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A limit on concurrent migrations with a fair queue: {@link #enter} takes a place, {@link Ticket#await} waits
 * until the place is among the first {@code limit} (reporting its position whenever it changes), and closing the
 * ticket gives the place back. Over the limit a migration waits, it is not refused.
 */
public final class Slots {

	private final String what;
	private final int limit;
	private final List<Ticket> line = new ArrayList<>();

	public Slots(String what, int limit) {
		this.what = what;
		this.limit = Math.max(1, limit);
	}

	public String what() {
		return what;
	}

	public int limit() {
		return limit;
	}

	public synchronized Ticket enter(String owner) {
		Ticket ticket = new Ticket(owner);
		line.add(ticket);
		return ticket;
	}

	/** 0 when {@code ticket} holds a slot, else its place in the queue (1 = next). */
	synchronized int position(Ticket ticket) {
		int index = line.indexOf(ticket);
		return index < 0 || index < limit ? 0 : index - limit + 1;
	}

	/** The owners holding a slot now, and those waiting in order. */
	public synchronized List<String> owners() {
		return line.stream().map(t -> t.owner).toList();
	}

	/** Does {@code owner} hold a slot now (not merely wait for one)? */
	public synchronized boolean holds(String owner) {
		for (int i = 0; i < Math.min(limit, line.size()); i++) {
			if (line.get(i).owner.equals(owner)) {
				return true;
			}
		}
		return false;
	}

	public final class Ticket implements AutoCloseable {

		final String owner;

		Ticket(String owner) {
			this.owner = owner;
		}

		/** Blocks until this ticket holds a slot; {@code positions} hears each new queue position. */
		public void await(IntConsumer positions) throws InterruptedException {
			int reported = -1;
			synchronized (Slots.this) {
				int position;
				while ((position = Slots.this.position(this)) > 0) {
					if (position != reported) {
						reported = position;
						int p = position;
						positions.accept(p);
					}
					Slots.this.wait(1000);
				}
			}
		}

		public int position() {
			return Slots.this.position(this);
		}

		@Override
		public void close() {
			synchronized (Slots.this) {
				line.remove(this);
				Slots.this.notifyAll();
			}
		}
	}
}
