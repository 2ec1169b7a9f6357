/** Benchmarks run as commands (releng/bench), not as tests: they print figures and assert nothing. */
package drover.agent.tests.bench;
