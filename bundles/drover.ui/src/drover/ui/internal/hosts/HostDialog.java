package drover.ui.internal.hosts;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import drover.core.HostEntry;

/**
 * Edits one host's name, address, port, user and key file. The name is the host's identity, so it
 * is fixed when editing. Validation is {@link HostEntry}'s own, shown as the dialog's error.
 */
public final class HostDialog extends TitleAreaDialog {

	private final HostEntry initial;
	private Text name;
	private Text address;
	private Text port;
	private Text user;
	private Text keyFile;
	private HostEntry result;

	/** @param initial the host to edit, or null to add one */
	public HostDialog(Shell shell, HostEntry initial) {
		super(shell);
		this.initial = initial;
	}

	public HostEntry result() {
		return result;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(initial == null ? "Add host" : "Edit host " + initial.name());
		setMessage("How the console reaches the host's Drover agent over SSH. Empty key file: the Drover home's key.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		name = field(form, "Name:", initial == null ? "" : initial.name());
		name.setEditable(initial == null);
		address = field(form, "Address:", initial == null ? "" : initial.address());
		port = field(form, "Port:", String.valueOf(initial == null ? 2222 : initial.port()));
		user = field(form, "User:", initial == null || initial.user() == null ? "" : initial.user());
		keyFile = field(form, "Key file:", initial == null || initial.keyFile() == null ? "" : initial.keyFile());
		Button browse = new Button(form, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog files = new FileDialog(getShell(), SWT.OPEN);
			String chosen = files.open();
			if (chosen != null) {
				keyFile.setText(chosen);
			}
		});
		return area;
	}

	private Text field(Composite form, String label, String value) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		if (!"Key file:".equals(label)) {
			new Label(form, SWT.NONE); // the key file row has the Browse button in this column
		}
		text.addListener(SWT.Modify, e -> validate());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return; // still building the dialog
		}
		try {
			result = new HostEntry(name.getText().strip(), address.getText().strip(), parsePort(port.getText()),
					user.getText().isBlank() ? null : user.getText().strip(),
					keyFile.getText().isBlank() ? null : keyFile.getText().strip());
			setErrorMessage(null);
			ok.setEnabled(true);
		} catch (IllegalArgumentException e) {
			result = null;
			setErrorMessage(e.getMessage());
			ok.setEnabled(false);
		}
	}

	private static int parsePort(String text) {
		try {
			return Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("port '" + text.strip() + "' is not a number");
		}
	}
}
