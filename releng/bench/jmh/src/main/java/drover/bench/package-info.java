/**
 * JMH benchmarks of the inventory's hot paths outside the scanner: the merge into the EMF model and the JSON
 * encoding and decoding of inventories (releng/bench/jmh.sh; never run in CI).
 */
package drover.bench;
