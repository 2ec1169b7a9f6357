package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.core.migration.MigrationRecords;
import drover.core.report.ReportFiles;
import drover.model.Cluster;
import drover.model.Migration;
import drover.protocol.ImageComposition;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import drover.protocol.RecordKind;
import drover.ui.DroverUi;
import drover.ui.internal.charts.ChartKind;
import drover.ui.internal.charts.ImageDataset;
import drover.ui.internal.history.MigrationColumn;
import drover.ui.internal.report.ReportEditor;
import drover.ui.internal.report.ReportEditors;
import drover.ui.internal.report.ReportInput;
import drover.ui.internal.report.RecordDetails;

/**
 * A report saved with ReportFiles and opened in the report editor shows the same migrations, and charts them; beside
 * them, what each image is made of (or that an older agent did not record it) and what a fork's copy does not share.
 */
class ReportEditorTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private IWorkbenchWindow window;
	private IWorkbenchPage page;

	@BeforeEach
	void open() throws Exception {
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		window.getShell().setBounds(window.getShell().getDisplay().getBounds());
		page = PlatformUI.getWorkbench().showPerspective(DroverUi.PERSPECTIVE_ID, window);
	}

	@AfterEach
	void close() {
		page.closeAllEditors(false);
		page.setEditorAreaVisible(false);
	}

	@Test
	void savedReportReopensWithTheSameMigrations(@TempDir Path dir) throws Exception {
		Cluster original = CostRecords.cluster();
		Path file = dir.resolve("report.xmi");
		ReportFiles.save(original, file);

		ReportEditor editor = ReportEditors.open(page, ReportInput.ofFile(file));
		Cluster shown = Ui.waitFor(TIMEOUT, "the report to be read", editor::getReport);
		assertTrue(EcoreUtil.equals(original, shown), "the loaded report differs from the saved one");
		assertTrue(EcoreUtil.equals(original, ReportFiles.load(file)));

		Ui.drain();
		Table table = editor.getViewer().getTable();
		List<Migration> migrations = original.getMigrations();
		assertEquals(migrations.size(), table.getItemCount());
		for (TableItem item : table.getItems()) {
			Migration m = migrations.stream().filter(x -> x.getId().equals(((Migration) item.getData()).getId())).findFirst()
					.orElseThrow();
			for (MigrationColumn column : MigrationColumn.values()) {
				assertEquals(column.text(m), item.getText(column.ordinal()), m.getId() + " " + column.header());
			}
		}
		for (ChartKind kind : ChartKind.values()) {
			assertNotNull(editor.getCharts().canvas(kind).getChart(), kind + " not charted");
		}
		assertEquals("report.xmi", editor.getPartName());
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.save(window.getShell(), "ReportEditorTest.report");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	void theReportShowsWhatEachImageIsMadeOfOrThatItWasNotRecorded(@TempDir Path dir) throws Exception {
		long mib = 1 << 20;
		Cluster records = CostRecords.cluster();
		MigrationReport fork = new MigrationReport();
		fork.id = "fork-node-a-7-1";
		fork.kind = RecordKind.FORK;
		fork.source = "node-a";
		fork.target = "node-b";
		fork.pid = 7;
		fork.outcome = Outcome.DONE;
		fork.startedAt = 1_700_000_900_000L;
		fork.finishedAt = fork.startedAt + 900;
		fork.composition = new ImageComposition(24 * mib, 128 << 10, 16 * mib, 4 * mib, 1536 << 10, 0, 12 << 10, 0, 1, 120);
		fork.memoryPagesBytes = fork.composition.pagesBytes();
		fork.otherImageBytes = fork.composition.metadataBytes();
		fork.differences = List.of("PID 7 fd 3 /data/out.txt: opened for writing: the original and the copy both write it");
		MigrationRecords.addTo(records, fork);
		Path file = dir.resolve("composition.xmi");
		ReportFiles.save(records, file);

		ReportEditor editor = ReportEditors.open(page, ReportInput.ofFile(file));
		Cluster shown = Ui.waitFor(TIMEOUT, "the report to be read", editor::getReport);
		assertTrue(EcoreUtil.equals(records, shown), "the composition and differences survive the report file");
		Ui.drain();
		RecordDetails details = editor.getDetails();
		assertEquals("Image composition of 6 records; 5 of them not recorded", details.headline());

		Migration forked = shown.getMigrations().stream().filter(m -> m.getId().equals(fork.id)).findFirst().orElseThrow();
		editor.getViewer().setSelection(new StructuredSelection(forked), true);
		Ui.drain();
		assertEquals("Image composition of fork-node-a-7-1 (PID 7, node-a \u2192 node-b)", details.headline());
		List<String> rows = details.shownRows().stream().map(r -> String.join(" | ", r)).toList();
		long total = fork.composition.totalBytes();
		assertEquals(List.of("Heap (brk) | 24.0 MiB | " + share(24 * mib, total), "Stack | 128.0 KiB | " + share(128 << 10, total),
				"Anonymous shared | 16.0 MiB | " + share(16 * mib, total), "Anonymous private (mmap) | 4.0 MiB | "
						+ share(4 * mib, total),
				"Private file-backed | 1.5 MiB | " + share(1536 << 10, total),
				"Other pages | 0 B | 0.0 %", "Metadata (CRIU's descriptions) | 12.0 KiB | " + share(12 << 10, total),
				"Files carried in the image | 0 B | 0.0 %", "Total | " + String.format("%.1f MiB", total / (double) mib)
						+ " | 100.0 %"),
				rows);
		assertTrue(details.differences().contains("/data/out.txt"), details.differences());
		// the image chart splits this record's pages by kind too (the others keep memory pages and the rest)
		org.jfree.data.category.CategoryDataset bars = editor.getCharts().canvas(ChartKind.IMAGE).getChart().getCategoryPlot()
				.getDataset();
		assertEquals(24.0, bars.getValue(ImageDataset.HEAP, fork.id).doubleValue(), 1e-9);
		assertEquals(16.0, bars.getValue(ImageDataset.ANON_SHARED, fork.id).doubleValue(), 1e-9);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.save(window.getShell(), "ReportEditorTest.composition");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);

		// a record of an older agent: nothing made up
		Migration old = shown.getMigrations().stream().filter(m -> m.getId().equals("mig-a-101-1")).findFirst().orElseThrow();
		editor.getViewer().setSelection(new StructuredSelection(old), true);
		Ui.drain();
		assertTrue(details.headline().startsWith("Image composition of mig-a-101-1 (PID 101, node-a \u2192 node-b): not recorded"),
				details.headline());
		assertTrue(details.shownRows().isEmpty());
		assertEquals("", details.differences());
	}

	private static String share(long part, long total) {
		return String.format("%.1f %%", part * 100.0 / total);
	}

	@Test
	void openReportIsOnTheFileMenu() {
		ICommandService commands = window.getService(ICommandService.class);
		assertTrue(commands.getCommand(DroverUi.OPEN_REPORT_COMMAND_ID).isDefined());
		assertTrue(commands.getCommand(DroverUi.OPEN_REPORT_COMMAND_ID).isHandled(), "no handler for Open Report");
	}
}
