/**
 * What the agent does for a request: dispatching command lines to handlers, the handshake facts, the CRIU
 * probe, starting detached processes, and the audit log of every operation that changes the node.
 */
package drover.agent.internal;
