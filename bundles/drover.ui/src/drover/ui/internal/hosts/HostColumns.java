package drover.ui.internal.hosts;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

import drover.model.ConnectionStatus;
import drover.model.Host;

/** The Hosts table's columns: who the host is, how it is connected, and what its agent and CRIU say. */
public final class HostColumns {

	private HostColumns() {
	}

	public static void create(TableViewer viewer) {
		column(viewer, "Name", 110, Host::getName);
		column(viewer, "Address", 130, h -> h.getAddress() + ":" + h.getPort());
		column(viewer, "Status", 120, h -> h.getStatus().getLiteral());
		column(viewer, "Message", 260, h -> h.getStatusMessage() == null ? "" : h.getStatusMessage());
		column(viewer, "Agent", 80, h -> h.getAgentVersion() == null ? "" : h.getAgentVersion());
		column(viewer, "CRIU", 80, h -> h.getCriuVersion() == null ? "" : h.getCriuVersion());
		column(viewer, "Check", 200, HostColumns::check);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
	}

	/** The verdict of {@code criu check} on the node; empty until the agent said hello. */
	static String check(Host host) {
		if (host.getAgentVersion() == null) {
			return "";
		}
		if (host.isCriuCheckOk()) {
			return "OK";
		}
		String message = host.getCriuCheckMessage();
		return "failed" + (message == null || message.isBlank() ? "" : ": " + message.lines().findFirst().orElse(""));
	}

	private static void column(TableViewer viewer, String title, int width, Function<Host, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setResizable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Host) element);
			}

			@Override
			public String getToolTipText(Object element) {
				String s = text.apply((Host) element);
				return s.length() > 40 ? s : null; // long messages (errors) are truncated in the cell
			}

			@Override
			public Color getForeground(Object element) {
				return ((Host) element).getStatus() == ConnectionStatus.FAILED
						? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED)
						: null;
			}
		});
	}
}
