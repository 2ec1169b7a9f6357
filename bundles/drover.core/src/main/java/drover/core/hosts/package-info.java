/**
 * Hosts from the inventories operators already keep: an OpenSSH client configuration
 * ({@link drover.core.hosts.SshConfigImport}) and Ansible inventories in INI or YAML
 * ({@link drover.core.hosts.AnsibleInventoryImport}). The parsers only read files and return host entries
 * plus notes on what they left out; saving them to the registry and reaching the agents is the caller's job.
 */
package drover.core.hosts;
