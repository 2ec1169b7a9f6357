package drover.ui.internal.images;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import drover.protocol.Preflight.Verdict;

/**
 * The target's pre-flight verdicts for restoring an image there (its PIDs free, room, capabilities), one row each,
 * as the migration's verdict dialog shows them. Errors block (only Close); otherwise Restore or Cancel, Cancel the
 * default when there are warnings, so that Enter does not restore past one.
 */
public final class RestoreVerdictDialog extends TitleAreaDialog {

	public static final String TITLE = "Pre-flight of a restore";
	public static final int RESTORE_ID = IDialogConstants.CLIENT_ID + 1;

	private final String subject;
	private final List<Verdict> verdicts;

	RestoreVerdictDialog(Shell parent, String subject, List<Verdict> verdicts) {
		super(parent);
		this.subject = subject;
		this.verdicts = verdicts;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	static boolean hasErrors(List<Verdict> verdicts) {
		return verdicts.stream().anyMatch(v -> Verdict.ERROR.equals(v.severity()));
	}

	static boolean hasWarnings(List<Verdict> verdicts) {
		return verdicts.stream().anyMatch(v -> Verdict.WARNING.equals(v.severity()));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Pre-flight of " + subject);
		if (hasErrors(verdicts)) {
			setMessage("The image cannot be restored there: the errors below must go first. Nothing was copied or touched.",
					IMessageProvider.ERROR);
		} else if (hasWarnings(verdicts)) {
			setMessage("The image can be restored, but read the warnings: restore anyway?", IMessageProvider.WARNING);
		} else {
			setMessage("Nothing stands in the way of the restore.", IMessageProvider.INFORMATION);
		}
		TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column(table, "Severity", 90, Verdict::severity);
		column(table, "PID", 70, v -> v.pid() > 0 ? String.valueOf(v.pid()) : "");
		column(table, "Resource", 200, Verdict::resource);
		column(table, "Reason", 640, Verdict::reason);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(verdicts);
		GridDataFactory.fillDefaults().grab(true, true).hint(1000, 160).applyTo(table.getControl());
		return area;
	}

	private static void column(TableViewer table, String title, int width, Function<Verdict, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Verdict) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((Verdict) element).reason();
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (hasErrors(verdicts)) {
			createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
		} else {
			createButton(parent, RESTORE_ID, "&Restore", !hasWarnings(verdicts));
			createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, hasWarnings(verdicts));
		}
	}

	@Override
	protected void buttonPressed(int buttonId) {
		setReturnCode(buttonId);
		close();
	}
}
