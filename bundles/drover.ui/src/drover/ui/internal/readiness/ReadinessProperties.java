package drover.ui.internal.readiness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import drover.model.Host;
import drover.model.Process;
import drover.protocol.Preflight.Verdict;

/**
 * A process's properties plus its pre-flight: "Pre-flight" (migratable, warnings, not migratable or
 * not checked) and one row per verdict, in their own category. Read-only, like the rest.
 */
public final class ReadinessProperties implements IPropertySource {

	/** The category of the pre-flight rows, and the display name of the summary row. */
	public static final String CATEGORY = "Pre-flight";

	private static final String SUMMARY_ID = "drover.preflight";
	private static final String VERDICT_ID = "drover.preflight.";

	private static final String ADDRESS_ID = "drover.ownAddress";

	private final IPropertySource model;
	private final ReadinessStore.Mark mark;
	/** The tree's own address ({@code drover launch}), or null. */
	private final drover.protocol.OwnAddress own;

	public ReadinessProperties(IPropertySource model, Process process, ReadinessStore store) {
		this.model = model;
		Host host = process.eContainer() instanceof Host h ? h : null;
		this.mark = host == null ? null : store.get(host.getName(), process.getPid());
		this.own = drover.core.model.OwnAddresses.of(process);
	}

	@Override
	public Object getEditableValue() {
		return model.getEditableValue();
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> result = new ArrayList<>(Arrays.asList(model.getPropertyDescriptors()));
		result.add(descriptor(SUMMARY_ID, CATEGORY));
		if (own != null) {
			PropertyDescriptor address = new PropertyDescriptor(ADDRESS_ID, "Own address");
			address.setCategory("Network");
			result.add(address);
		}
		List<Verdict> verdicts = mark == null ? List.of() : mark.verdicts();
		for (int i = 0; i < verdicts.size(); i++) {
			Verdict v = verdicts.get(i);
			String where = v.resource() == null || v.resource().isEmpty() ? "PID " + v.pid() : v.resource();
			result.add(descriptor(VERDICT_ID + i, v.severity() + " " + where));
		}
		return result.toArray(IPropertyDescriptor[]::new);
	}

	private static PropertyDescriptor descriptor(String id, String name) {
		PropertyDescriptor descriptor = new PropertyDescriptor(id, name);
		descriptor.setCategory(CATEGORY);
		return descriptor;
	}

	@Override
	public Object getPropertyValue(Object id) {
		if (ADDRESS_ID.equals(id)) {
			return own == null ? "" : drover.core.model.OwnAddresses.describe(own) + ", macvlan on " + own.parent()
					+ ", movable with its TCP connections";
		}
		if (SUMMARY_ID.equals(id)) {
			return mark == null ? "not checked" : mark.readiness().label;
		}
		if (id instanceof String s && s.startsWith(VERDICT_ID)) {
			return mark.verdicts().get(Integer.parseInt(s.substring(VERDICT_ID.length()))).reason();
		}
		return model.getPropertyValue(id);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only
	}
}
