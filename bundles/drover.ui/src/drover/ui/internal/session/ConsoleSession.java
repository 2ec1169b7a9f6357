package drover.ui.internal.session;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import drover.core.AgentConnection;
import drover.core.DroverHome;
import drover.core.HostEntry;
import drover.core.HostKeyStore;
import drover.core.HostRegistry;
import drover.core.model.InventoryMerger;
import drover.model.Cluster;
import drover.model.ConnectionStatus;
import drover.model.DroverFactory;
import drover.model.Host;
import drover.protocol.Hello;
import drover.protocol.Inventory;
import drover.ui.internal.readiness.ReadinessStore;

/**
 * The console's state: the EMF {@link Cluster} the views show, the host list behind it and the
 * connections to the hosts' agents. Model methods run on the UI thread (the model's owner); network
 * work runs in {@link RefreshJob}s, which hand their results back through {@link #ui(Runnable)}.
 */
public final class ConsoleSession implements AutoCloseable {

	/** Job family of connect and refresh jobs (for tests and for joining at shutdown). */
	public static final Object JOB_FAMILY = ConsoleSession.class;

	private final Display display;
	private final DroverHome home;
	private final HostCatalog catalog;
	private final Connections connections;
	private final Cluster cluster = DroverFactory.eINSTANCE.createCluster();
	private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
	private final ReadinessStore readiness = new ReadinessStore();
	private final List<Consumer<String>> refreshListeners = new CopyOnWriteArrayList<>();
	/** The inventory each host's model holds (last merged), which a refresh job compares the next one with. */
	private final Map<String, Inventory> merged = new ConcurrentHashMap<>();
	private volatile HostKeyQuestion question = HostKeyQuestion.REFUSE;
	private String registryProblem;

	ConsoleSession(Display display, DroverHome home, HostCatalog catalog) {
		this.display = display;
		this.home = home;
		this.catalog = catalog;
		this.connections = new Connections(home);
		cluster.setName("Drover");
	}

	/** The session of the Drover home in the environment, with the saved hosts and new registry hosts. */
	public static ConsoleSession open(Display display) {
		DroverHome home = DroverHome.fromEnvironment();
		ConsoleSession session = new ConsoleSession(display, home, new HostCatalog(new HostRegistry(home)));
		for (HostEntry entry : session.catalog.load()) {
			session.cluster.getHosts().add(HostEntries.newHost(entry));
		}
		try {
			session.importRegistry(false);
		} catch (IOException e) {
			// an unreadable registry must not keep the console from starting; the hosts view says so
			session.registryProblem = "Cannot read the host registry " + home.hostsFile() + ": " + e.getMessage();
		}
		return session;
	}

	public Cluster cluster() {
		return cluster;
	}

	public DroverHome home() {
		return home;
	}

	/** Why the registry import failed at start-up, or null. */
	public String registryProblem() {
		return registryProblem;
	}

	/** The processes' latest pre-flight verdicts, by host and PID (not part of the model). */
	public ReadinessStore readiness() {
		return readiness;
	}

	/** Called on the UI thread with the host's name after each merged inventory. */
	public void addRefreshListener(Consumer<String> listener) {
		refreshListeners.add(listener);
	}

	public void removeRefreshListener(Consumer<String> listener) {
		refreshListeners.remove(listener);
	}

	public void setHostKeyQuestion(HostKeyQuestion question) {
		this.question = question;
	}

	Connections connections() {
		return connections;
	}

	public Host host(String name) {
		for (Host host : cluster.getHosts()) {
			if (host.getName().equals(name)) {
				return host;
			}
		}
		return null;
	}

	/** Adds the host, or changes its settings (then an open connection to the old endpoint is closed). */
	public Host putHost(HostEntry entry) {
		catalog.put(entry);
		catalog.unremove(entry.name());
		Host host = host(entry.name());
		if (host == null) {
			host = HostEntries.newHost(entry);
			cluster.getHosts().add(host);
		} else if (!HostEntries.of(host).equals(entry)) {
			disconnect(host);
			HostEntries.apply(entry, host);
		}
		return host;
	}

	public void removeHost(Host host) {
		disconnect(host);
		catalog.remove(host.getName());
		cluster.getHosts().remove(host);
	}

	/** Adds registry hosts the console does not have; returns how many. */
	public int importRegistry(boolean includeRemoved) throws IOException {
		Set<String> present = new HashSet<>();
		cluster.getHosts().forEach(h -> present.add(h.getName()));
		List<HostEntry> missing = catalog.fromRegistry(present, includeRemoved);
		missing.forEach(this::putHost);
		return missing.size();
	}

	/** Connects in a job (asking about the host key if needed) and loads the first inventory. */
	public Job connect(Host host) {
		return connect(host, question);
	}

	/**
	 * Connects every known host, as at console start: nobody asked for these connections, so an unknown
	 * host key is refused (the status says so) rather than put in front of the operator as a dialog.
	 */
	public void connectAll() {
		for (Host host : cluster.getHosts()) {
			if (host.getStatus() == ConnectionStatus.DISCONNECTED) {
				connect(host, HostKeyQuestion.REFUSE);
			}
		}
	}

	private Job connect(Host host, HostKeyQuestion keyQuestion) {
		connections.want(host.getName());
		if (host.getStatus() != ConnectionStatus.CONNECTED) {
			host.setStatus(ConnectionStatus.CONNECTING);
			host.setStatusMessage("Connecting to " + host.getAddress() + ":" + host.getPort() + "...");
		}
		return refresh(host, keyQuestion);
	}

	/**
	 * Job threads only (blocks): the open connection to a host the operator connected, for work other
	 * than refreshing (pre-flight, migration). Throws if the host is not meant to be connected.
	 */
	public AgentConnection connection(HostEntry entry) throws IOException {
		return connections.get(entry, question);
	}

	/** The pinned host keys, which the migration checks the target against. */
	public HostKeyStore pins() {
		return connections.client().pins();
	}

	public void disconnect(Host host) {
		connections.drop(host.getName());
		host.setStatus(ConnectionStatus.DISCONNECTED);
		host.setStatusMessage(null);
		merged.remove(host.getName());
		host.getProcesses().clear(); // a disconnected host's processes would only be stale
	}

	/** Schedules a refresh of a host the operator connected, unless one is running; null if none. */
	public Job refresh(Host host) {
		return refresh(host, question);
	}

	private Job refresh(Host host, HostKeyQuestion keyQuestion) {
		if (!connections.wanted(host.getName()) || !refreshing.add(host.getName())) {
			return null;
		}
		RefreshJob job = new RefreshJob(this, HostEntries.of(host), host.getStatus() != ConnectionStatus.CONNECTED, keyQuestion);
		job.schedule();
		return job;
	}

	/** Called by the job when it is done, successful or not. */
	void refreshed(String name) {
		refreshing.remove(name);
	}

	/** Runs on the UI thread later, unless the workbench is gone by then. */
	void ui(Runnable runnable) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!display.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	/** The inventory the host's model holds now, or null; any thread (a refresh job compares the next with it). */
	Inventory lastMerged(String name) {
		return merged.get(name);
	}

	/**
	 * UI thread: merges what the job fetched, unless the host was disconnected or removed meanwhile. The job
	 * compared it with {@code base} ({@link InventoryMerger#unchanged}); if the model still holds {@code base},
	 * the processes that did not change are skipped, so a quiet host of thousands costs the UI thread little.
	 */
	void merge(String name, Hello hello, Inventory inventory, Inventory base, Set<Integer> unchanged) {
		Host host = host(name);
		if (host == null || !connections.wanted(name)) {
			return;
		}
		if (hello != null) {
			InventoryMerger.applyHello(host, hello);
		}
		InventoryMerger.merge(host, inventory, base != null && merged.get(name) == base ? unchanged : Set.of());
		merged.put(name, inventory);
		host.setStatus(ConnectionStatus.CONNECTED);
		host.setStatusMessage(inventory.processes().size() + " processes, scanned in " + inventory.scanMillis() + " ms");
		refreshListeners.forEach(l -> l.accept(name));
	}

	/** UI thread: records why connecting or refreshing failed. */
	void fail(String name, String explanation) {
		Host host = host(name);
		if (host != null) {
			host.setStatus(ConnectionStatus.FAILED);
			host.setStatusMessage(explanation);
		}
	}

	@Override
	public void close() throws IOException {
		Job.getJobManager().cancel(JOB_FAMILY);
		connections.close();
	}
}
