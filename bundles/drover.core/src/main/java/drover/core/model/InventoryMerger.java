package drover.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import drover.model.DroverFactory;
import drover.model.DroverPackage;
import drover.model.Host;
import drover.model.MemoryMapSummary;
import drover.model.OpenResource;
import drover.model.PipeResource;
import drover.model.Process;
import drover.model.UnixSocketResource;
import drover.protocol.Hello;
import drover.protocol.Inventory;
import drover.protocol.ProcessInfo;
import drover.protocol.ResourceInfo;

/**
 * Merges agent reports into a {@link Host} in place. A process is the same object as long as its PID and start
 * time are (a reused PID is a new process); a resource is the same object as long as its descriptor keeps its
 * kind and target. Attributes are copied by name from the protocol records and set only when they differ,
 * so EMF notifications describe real changes. Must run on the thread that owns the model (the UI thread in
 * the console).
 */
public final class InventoryMerger {

	private static final DroverPackage PKG = DroverPackage.eINSTANCE;
	private static final DroverFactory FACTORY = DroverFactory.eINSTANCE;

	private InventoryMerger() {
	}

	public static void applyHello(Host host, Hello hello) {
		set(host, "agentVersion", hello.agentVersion());
		set(host, "protocolVersion", hello.protocolVersion());
		copy(hello.host(), host);
		set(host, "criuPath", hello.criu().path());
		set(host, "criuVersion", hello.criu().version());
		set(host, "criuCheckOk", hello.criu().checkOk());
		set(host, "criuCheckMessage", hello.criu().checkMessage());
	}

	/** Brings {@code host.getProcesses()} in line with the inventory. */
	public static void merge(Host host, Inventory inventory) {
		merge(host, inventory, Set.of());
	}

	/**
	 * The PIDs whose records in {@code next} equal those in {@code previous} (same start time, attributes and
	 * resources): what {@link #merge(Host, Inventory, Set)} may skip if {@code previous} is what the host holds.
	 * Pure; runs on any thread (a refresh job), so the model's thread only merges what changed.
	 */
	public static Set<Integer> unchanged(Inventory previous, Inventory next) {
		if (previous == null) {
			return Set.of();
		}
		Map<Integer, ProcessInfo> before = new HashMap<>(previous.processes().size() * 2);
		previous.processes().forEach(p -> before.put(p.pid(), p));
		Set<Integer> same = new HashSet<>();
		for (ProcessInfo p : next.processes()) {
			if (p.equals(before.get(p.pid()))) {
				same.add(p.pid());
			}
		}
		return same;
	}

	/**
	 * As {@link #merge(Host, Inventory)}, but a process whose PID is in {@code unchanged} and that the host already
	 * has (same start time) is left as it is: its record equals the one merged last ({@link #unchanged}), so
	 * copying it would change nothing. Only the caller knows that the host holds that last inventory.
	 */
	public static void merge(Host host, Inventory inventory, Set<Integer> unchanged) {
		Map<Integer, Process> existing = new HashMap<>();
		for (Process p : host.getProcesses()) {
			existing.put(p.getPid(), p);
		}
		Map<Integer, Process> current = new HashMap<>();
		List<Process> added = new ArrayList<>();
		for (ProcessInfo info : inventory.processes()) {
			Process process = existing.remove(info.pid());
			if (process != null && process.getStartTime() != info.startTime()) {
				process.setParent(null);
				host.getProcesses().remove(process); // the PID was reused by another process
				process = null;
			}
			if (process == null) {
				process = FACTORY.createProcess();
				added.add(process);
			} else if (unchanged.contains(info.pid())) {
				current.put(info.pid(), process); // as merged last time: nothing to copy
				continue;
			}
			copy(info, process); // the command line's words are joined by set()
			mergeMemory(process, info);
			mergeResources(process, info.resources() == null ? List.of() : info.resources());
			current.put(info.pid(), process);
		}
		for (Process gone : existing.values()) {
			gone.setParent(null); // else the parent's children would still list the vanished process
		}
		host.getProcesses().removeAll(existing.values());
		host.getProcesses().addAll(added);
		for (Process process : current.values()) {
			Process parent = process.getPpid() != process.getPid() ? current.get(process.getPpid()) : null;
			if (process.getParent() != parent) {
				process.setParent(parent);
			}
			for (OpenResource resource : process.getResources()) {
				if (resource instanceof PipeResource pipe) {
					sync(pipe.getPeers(), peers(pipe.getPeerPids(), current));
				} else if (resource instanceof UnixSocketResource unix) {
					sync(unix.getPeers(), peers(unix.getPeerPids(), current));
				}
			}
		}
		OwnAddresses.apply(current, inventory.ownAddresses());
		set(host, "lastRefresh", inventory.takenAt());
		set(host, "inventoryMillis", inventory.scanMillis());
	}

	private static void mergeMemory(Process process, ProcessInfo info) {
		if (info.memory() == null) {
			if (process.getMemoryMaps() != null) {
				process.setMemoryMaps(null);
			}
			return;
		}
		MemoryMapSummary summary = process.getMemoryMaps();
		if (summary == null) {
			summary = FACTORY.createMemoryMapSummary();
			copy(info.memory(), summary);
			process.setMemoryMaps(summary);
		} else {
			copy(info.memory(), summary);
		}
	}

	private static void mergeResources(Process process, List<ResourceInfo> infos) {
		Map<Integer, OpenResource> byFd = new HashMap<>();
		for (OpenResource r : process.getResources()) {
			byFd.put(r.getFd(), r);
		}
		List<OpenResource> wanted = new ArrayList<>(infos.size());
		for (ResourceInfo info : infos) {
			EClass eClass = eClassOf(info);
			OpenResource resource = byFd.get(info.fd());
			if (resource == null || resource.eClass() != eClass || !Objects.equals(resource.getTarget(), info.target())) {
				resource = (OpenResource) FACTORY.create(eClass);
			}
			copy((Record) info, resource);
			set(resource, "description", ResourceLabels.describe(info));
			wanted.add(resource);
		}
		if (!wanted.equals(process.getResources())) {
			process.getResources().retainAll(wanted);
			for (int i = 0; i < wanted.size(); i++) {
				OpenResource r = wanted.get(i);
				int at = process.getResources().indexOf(r);
				if (at < 0) {
					process.getResources().add(i, r);
				} else if (at != i) {
					process.getResources().move(i, at);
				}
			}
		}
	}

	private static EClass eClassOf(ResourceInfo info) {
		return switch (info) {
		case ResourceInfo.File f -> PKG.getFileResource();
		case ResourceInfo.Directory d -> PKG.getDirectoryResource();
		case ResourceInfo.Pipe p -> PKG.getPipeResource();
		case ResourceInfo.UnixSocket u -> PKG.getUnixSocketResource();
		case ResourceInfo.Tcp t -> PKG.getTcpSocketResource();
		case ResourceInfo.Udp u -> PKG.getUdpSocketResource();
		case ResourceInfo.Device d -> PKG.getDeviceResource();
		case ResourceInfo.AnonInode a -> PKG.getAnonInodeResource();
		case ResourceInfo.Other o -> PKG.getOtherResource();
		};
	}

	private static List<Process> peers(List<Integer> pids, Map<Integer, Process> current) {
		List<Process> peers = new ArrayList<>(pids.size());
		for (int pid : pids) {
			Process p = current.get(pid);
			if (p != null && !peers.contains(p)) {
				peers.add(p);
			}
		}
		return peers;
	}

	private static <T> void sync(EList<T> list, List<T> wanted) {
		if (!list.equals(wanted)) {
			list.clear();
			list.addAll(wanted);
		}
	}

	/** A record component bound to the attribute of the same name, resolved once per record class and EClass. */
	private record Binding(java.lang.invoke.MethodHandle accessor, EStructuralFeature feature) {
	}

	private static final Map<Class<?>, Map<EClass, Binding[]>> BINDINGS = new java.util.concurrent.ConcurrentHashMap<>();

	/** Copies every record component whose name is an attribute of the target's class. */
	private static void copy(Record source, EObject target) {
		Binding[] bindings = BINDINGS.computeIfAbsent(source.getClass(), k -> new java.util.concurrent.ConcurrentHashMap<>())
				.computeIfAbsent(target.eClass(), eClass -> bind(source.getClass(), eClass));
		for (Binding binding : bindings) {
			try {
				set(target, binding.feature(), binding.accessor().invoke(source));
			} catch (Throwable e) {
				throw new IllegalStateException("cannot read " + binding.feature().getName() + " of " + source, e);
			}
		}
	}

	private static Binding[] bind(Class<?> recordClass, EClass eClass) {
		List<Binding> bindings = new ArrayList<>();
		java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.publicLookup();
		for (var component : recordClass.getRecordComponents()) {
			EStructuralFeature feature = eClass.getEStructuralFeature(component.getName());
			if (feature instanceof EAttribute) {
				try {
					bindings.add(new Binding(lookup.unreflect(component.getAccessor()), feature));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException("cannot read " + component, e);
				}
			}
		}
		return bindings.toArray(Binding[]::new);
	}

	private static void set(EObject target, String name, Object value) {
		set(target, target.eClass().getEStructuralFeature(name), value);
	}

	@SuppressWarnings("unchecked")
	private static void set(EObject target, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			EList<Object> list = (EList<Object>) target.eGet(feature);
			sync(list, value == null ? List.of() : (List<Object>) value);
			return;
		}
		Object converted = value;
		if (feature.getEType() instanceof EEnum eEnum && value instanceof String literal) {
			var enumLiteral = eEnum.getEEnumLiteral(literal);
			converted = enumLiteral != null ? enumLiteral.getInstance() : eEnum.getDefaultValue();
		} else if (value instanceof List<?> words) {
			converted = String.join(" ", words.stream().map(String::valueOf).toList());
		} else if (value == null && feature.getEType().getInstanceClass() != null
				&& feature.getEType().getInstanceClass().isPrimitive()) {
			converted = feature.getDefaultValue();
		}
		if (!Objects.equals(target.eGet(feature), converted)) {
			target.eSet(feature, converted);
		}
	}
}
