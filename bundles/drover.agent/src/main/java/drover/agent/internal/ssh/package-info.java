/**
 * The agent's SSH face: an Apache SSHD server that accepts public keys from authorized_keys and nothing
 * else, runs each exec request through the dispatcher, and refuses shells and forwarding with a clear message.
 */
package drover.agent.internal.ssh;
