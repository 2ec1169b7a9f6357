/**
 * A host's image library in the console: the Images view (one per host, like the process views), its
 * actions (restore here, copy to, restore on another host, delete), dragging an image onto another host,
 * the checkpoint timeline of a process or schedule, and the host's checkpoint schedules. Everything goes
 * through the agents' own audited requests ({@code images}, {@code restore}, {@code preflight-target},
 * {@code expect-image} with {@code push-image --library}, {@code delete-image}, {@code schedules},
 * {@code schedule-cancel}); network work runs in jobs. Not API; exported only to the test bundle.
 */
package drover.ui.internal.images;
