/**
 * Who may ask this agent for what. Each key in authorized_keys gets a role from its options (OpenSSH's syntax:
 * {@code from=}, {@code restrict}, {@code expiry-time=}, and Drover's {@code drover-role=} and {@code drover-users=});
 * one table says the least role each request needs and which requests a node key may send as part of a
 * migration; every request that names processes is checked against the agent itself, kernel threads and the users
 * the key may touch. The dispatcher asks once per request, before anything happens.
 */
package drover.agent.internal.auth;
