/**
 * Pre-flight markers in the process trees without migrating: each visible host's processes are
 * checked in a throttled background job after its refreshes, and the verdicts (kept by host and PID
 * in the session, not in the EMF model) mark rows as migratable, with warnings or not migratable,
 * highlight the offending resources and appear in the Properties view.
 */
package drover.ui.internal.readiness;
