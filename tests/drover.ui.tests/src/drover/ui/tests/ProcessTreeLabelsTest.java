package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import drover.model.DroverFactory;
import drover.model.FileResource;
import drover.model.Host;
import drover.model.PipeResource;
import drover.model.Process;
import drover.model.TcpSocketResource;
import drover.ui.internal.processes.ProcessColumn;
import drover.ui.internal.processes.ProcessFilter;
import drover.ui.internal.processes.ProcessTree;

/** The process tree's rows: an icon per kind, the kind in the tooltip, stopped and zombie processes greyed. */
class ProcessTreeLabelsTest {

	private static final DroverFactory F = DroverFactory.eINSTANCE;
	private static final int COMMAND = ProcessColumn.COMMAND.ordinal();

	private Shell shell;
	private TreeViewer viewer;
	private Process running;
	private Process stopped;
	private Process zombie;
	private FileResource file;
	private PipeResource pipe;
	private TcpSocketResource tcp;

	@BeforeEach
	void build() {
		Host host = F.createHost();
		host.setName("labels");
		running = process(host, 100, "S (sleeping)");
		stopped = process(host, 101, "T (stopped)");
		zombie = process(host, 102, "Z (zombie)");
		file = F.createFileResource();
		file.setFd(3);
		file.setDescription("file /var/log/app.log");
		pipe = F.createPipeResource();
		pipe.setFd(4);
		tcp = F.createTcpSocketResource();
		tcp.setFd(5);
		tcp.setState("ESTABLISHED");
		running.getResources().addAll(Arrays.asList(file, pipe, tcp));
		shell = new Shell(Display.getCurrent());
		viewer = ProcessTree.create(shell, new ProcessFilter());
		viewer.setInput(host);
		viewer.expandAll();
	}

	private static Process process(Host host, int pid, String state) {
		Process p = F.createProcess();
		p.setPid(pid);
		p.setName("p" + pid);
		p.setState(state);
		host.getProcesses().add(p);
		return p;
	}

	@AfterEach
	void dispose() {
		shell.dispose();
	}

	@Test
	void eachKindHasItsOwnIcon() {
		byte[] fileIcon = pixels(file);
		byte[] pipeIcon = pixels(pipe);
		byte[] tcpIcon = pixels(tcp);
		byte[] processIcon = pixels(running);
		assertFalse(Arrays.equals(fileIcon, pipeIcon), "file and pipe share an icon");
		assertFalse(Arrays.equals(fileIcon, tcpIcon), "file and TCP socket share an icon");
		assertFalse(Arrays.equals(pipeIcon, tcpIcon), "pipe and TCP socket share an icon");
		for (byte[] resource : new byte[][] { fileIcon, pipeIcon, tcpIcon }) {
			assertFalse(Arrays.equals(processIcon, resource), "a process looks like a resource");
		}
		// transparent corners: the badge is drawn on nothing, not on a white square
		ImageData data = image(file).getImageData();
		assertNotNull(data.alphaData, "icon without alpha");
		assertEquals(0, data.getAlpha(0, 0), "opaque corner");
		assertTrue(data.getAlpha(data.width / 2, data.height / 2) > 200, "transparent middle");
	}

	@Test
	void iconsAreDisposedWithTheTree() {
		Image icon = image(file);
		shell.dispose();
		assertTrue(icon.isDisposed(), "icon outlives its tree");
	}

	@Test
	void tooltipsSayTheResourceKind() {
		CellLabelProvider labels = viewer.getLabelProvider(COMMAND);
		assertTrue(labels.getToolTipText(file).startsWith("file, fd 3"), labels.getToolTipText(file));
		assertTrue(labels.getToolTipText(pipe).startsWith("pipe, fd 4"), labels.getToolTipText(pipe));
		assertTrue(labels.getToolTipText(tcp).startsWith("TCP socket, fd 5"), labels.getToolTipText(tcp));
	}

	@Test
	void stoppedAndZombieProcessesAreGreyed() {
		TreeItem normal = item(running);
		assertNotEquals(normal.getForeground(COMMAND).getRGB(), item(stopped).getForeground(COMMAND).getRGB(),
				"stopped process looks running");
		assertNotEquals(normal.getForeground(COMMAND).getRGB(), item(zombie).getForeground(COMMAND).getRGB(),
				"zombie looks running");
		assertEquals(item(stopped).getForeground(COMMAND).getRGB(), item(stopped).getForeground(0).getRGB());
		assertNull(viewer.getLabelProvider(COMMAND).getToolTipText(null));
	}

	private TreeItem item(Object element) {
		TreeItem item = (TreeItem) viewer.testFindItem(element);
		assertNotNull(item, "no row for " + element);
		return item;
	}

	private Image image(Object element) {
		Image image = item(element).getImage(COMMAND);
		assertNotNull(image, "no icon for " + element);
		return image;
	}

	private byte[] pixels(Object element) {
		ImageData data = image(element).getImageData();
		byte[] alpha = data.alphaData == null ? new byte[0] : data.alphaData;
		byte[] all = Arrays.copyOf(data.data, data.data.length + alpha.length);
		System.arraycopy(alpha, 0, all, data.data.length, alpha.length);
		return all;
	}
}
