package drover.ui.internal.commands;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.HandlerUtil;

import drover.core.AddressPool;
import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.protocol.LaunchResult;
import drover.protocol.OwnAddress;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.session.HostEntries;
import drover.ui.internal.views.ProcessView;

/**
 * Process > Launch...: starts a command on the view's host with a network address of its own ({@code drover launch}),
 * so that it migrates with its open TCP connections. The address is the one typed, or the first of the cluster's
 * pool that no connected host reports in use (asked in the job); the PID and address in a dialog afterwards.
 */
public final class LaunchHandler extends AbstractHandler {

	/** Title of the dialog and its messages. */
	public static final String TITLE = "Launch with an address of its own";

	@Override
	public Object execute(ExecutionEvent event) {
		ProcessView view = ProcessCommands.view(event);
		Shell shell = HandlerUtil.getActiveShell(event);
		if (view == null || !ProcessCommands.connected(view.getHost(), shell, TITLE)) {
			return null;
		}
		LaunchDialog dialog = new LaunchDialog(shell, view.getHost().getName());
		if (dialog.open() != Window.OK) {
			return null;
		}
		ConsoleSession session = ProcessCommands.session();
		Host host = view.getHost();
		HostEntry entry = HostEntries.of(host);
		List<String> command = dialog.command;
		new AgentCall<LaunchResult>("Launch " + command.get(0) + " on " + host.getName(), session, entry,
				agent -> agent.launch(dialog.address.isBlank() ? fromPool(session) : dialog.address.strip(),
						dialog.name.isBlank() ? null : dialog.name.strip(), command),
				shell.getDisplay(), result -> {
					session.refresh(host);
					MessageDialog.openInformation(shell, TITLE, "Started on " + host.getName() + ": " + result.describe() + ".");
				}, why -> MessageDialog.openError(shell, TITLE, "Cannot launch " + command.get(0) + " on " + host.getName()
						+ ": " + why))
				.schedule();
		return null;
	}

	/** The pool's first address no connected host reports in use (on the job's thread). */
	static String fromPool(ConsoleSession session) throws IOException {
		AddressPool pool = AddressPool.load(session.home()).orElseThrow(() -> new IOException("the cluster has no address pool:"
				+ " type an address, or set one with 'drover launch-pool FIRST-LAST/PREFIX'"));
		Set<String> used = new HashSet<>();
		for (Host h : List.copyOf(session.cluster().getHosts())) {
			if (h.getStatus() == ConnectionStatus.CONNECTED) {
				AgentConnection agent = session.connection(HostEntries.of(h));
				agent.inventory().ownAddresses().stream().map(OwnAddress::address).forEach(used::add);
			}
		}
		return pool.pick(used).orElseThrow(() -> new IOException("every address of the pool " + pool + " is in use"));
	}

	/** Command line, address (blank: from the pool) and name. */
	static final class LaunchDialog extends TitleAreaDialog {
		private final String host;
		private Text commandText;
		private Text addressText;
		private Text nameText;
		List<String> command;
		String address = "";
		String name = "";

		LaunchDialog(Shell shell, String host) {
			super(shell);
			this.host = host;
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			setTitle("Launch on " + host);
			setMessage("The command runs in a network namespace of its own with its own address on the hosts' network;"
					+ " it migrates with its open TCP connections.");
			Composite form = new Composite(area, SWT.NONE);
			form.setLayout(new GridLayout(2, false));
			form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			commandText = field(form, "Command:", "e.g. /usr/bin/redis-server --save '' --protected-mode no");
			addressText = field(form, "Address:", "blank: the next free one of the cluster's pool (A/PREFIX)");
			nameText = field(form, "Name:", "optional, shown with the address");
			commandText.setFocus();
			return area;
		}

		private static Text field(Composite form, String label, String hint) {
			new Label(form, SWT.NONE).setText(label);
			Text text = new Text(form, SWT.BORDER);
			text.setMessage(hint);
			GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
			data.widthHint = 480;
			text.setLayoutData(data);
			return text;
		}

		@Override
		protected void okPressed() {
			List<String> words = words(commandText.getText());
			if (words.isEmpty()) {
				setErrorMessage("Type the command to start.");
				return;
			}
			command = words;
			address = addressText.getText();
			name = nameText.getText();
			super.okPressed();
		}

		/** Splits a command line as a shell would for plain words: blanks separate, quotes keep ('' is an empty word). */
		static List<String> words(String line) {
			List<String> words = new java.util.ArrayList<>();
			StringBuilder word = null;
			char quote = 0;
			for (char c : line.toCharArray()) {
				if (quote != 0) {
					if (c == quote) {
						quote = 0;
					} else {
						word.append(c);
					}
				} else if (c == '\'' || c == '"') {
					quote = c;
					word = word == null ? new StringBuilder() : word;
				} else if (Character.isWhitespace(c)) {
					if (word != null) {
						words.add(word.toString());
						word = null;
					}
				} else {
					word = word == null ? new StringBuilder() : word;
					word.append(c);
				}
			}
			if (word != null) {
				words.add(word.toString());
			}
			return words;
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			createButton(parent, IDialogConstants.OK_ID, "Launch", true);
			createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		}
	}
}
