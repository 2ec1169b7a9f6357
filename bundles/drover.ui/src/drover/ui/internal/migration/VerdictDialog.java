package drover.ui.internal.migration;

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
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import drover.protocol.Preflight.Verdict;

/**
 * The pre-flight verdicts, one row each (severity icon, PID, resource, reason). Errors block: only
 * Close. Warnings need the operator's consent: Migrate or Cancel, Cancel being the default so that
 * Enter does not move a process past a warning. Shown alone (Show pre-flight), it only informs. For a
 * fork it speaks of a copy, whose verdicts say what the copy cannot share with the original.
 */
public final class VerdictDialog extends TitleAreaDialog {

	public static final String TITLE = "Pre-flight";
	public static final int MIGRATE_ID = IDialogConstants.CLIENT_ID + 1;

	/** What the dialog offers. */
	enum Mode {
		/** Just the verdicts (nothing is migrated). */
		SHOW,
		/** Warnings only: migrate anyway or cancel. */
		CONFIRM,
		/** At least one error: the migration cannot start. */
		BLOCKED
	}

	private final String subject;
	private final List<Verdict> verdicts;
	private final Mode mode;
	private boolean fork;

	VerdictDialog(Shell parent, String subject, List<Verdict> verdicts, Mode mode) {
		super(parent);
		this.subject = subject;
		this.verdicts = verdicts;
		this.mode = mode;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** Words for a fork (a copy) instead of a migration. */
	VerdictDialog forFork(boolean on) {
		this.fork = on;
		return this;
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
		setTitle((fork ? "Pre-flight of a copy of " : "Pre-flight of ") + subject);
		if (fork && mode != Mode.SHOW) {
			setMessage(mode == Mode.BLOCKED ? "Drover cannot copy this: the errors below must go first. Nothing was touched."
					: "A copy can go on there, but read what it cannot share with the original: copy anyway?",
					mode == Mode.BLOCKED ? IMessageProvider.ERROR : IMessageProvider.WARNING);
		} else {
			switch (mode) {
			case BLOCKED -> setMessage("Drover cannot migrate this: the errors below must go first. Nothing was touched.",
					IMessageProvider.ERROR);
			case CONFIRM -> setMessage("The process can move, but read the warnings: migrate anyway?", IMessageProvider.WARNING);
			case SHOW -> {
				if (hasErrors(verdicts)) {
					setMessage("Errors: a migration would be refused. Nothing was touched.", IMessageProvider.ERROR);
				} else if (hasWarnings(verdicts)) {
					setMessage("A migration would need your consent to the warnings. Nothing was touched.", IMessageProvider.WARNING);
				} else {
					setMessage("Nothing stands in the way of a migration. Nothing was touched.", IMessageProvider.INFORMATION);
				}
			}
			}
		}
		TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		column(table, "Severity", 90, v -> v.severity(), v -> images.getImage(switch (v.severity()) {
		case Verdict.ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
		case Verdict.WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
		default -> ISharedImages.IMG_OBJS_INFO_TSK;
		}));
		column(table, "PID", 70, v -> v.pid() > 0 ? String.valueOf(v.pid()) : "", v -> null);
		column(table, "Resource", 200, Verdict::resource, v -> null);
		column(table, "Reason", 640, Verdict::reason, v -> null);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(verdicts);
		GridDataFactory.fillDefaults().grab(true, true).hint(1000, 180).applyTo(table.getControl());
		return area;
	}

	private static void column(TableViewer table, String title, int width, Function<Verdict, String> text,
			Function<Verdict, Image> image) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Verdict) element);
			}

			@Override
			public Image getImage(Object element) {
				return image.apply((Verdict) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((Verdict) element).reason();
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (mode == Mode.CONFIRM) {
			createButton(parent, MIGRATE_ID, fork ? "&Copy" : "&Migrate", false);
			createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
		} else {
			createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
		}
	}

	@Override
	protected void buttonPressed(int buttonId) {
		setReturnCode(buttonId);
		close();
	}
}
