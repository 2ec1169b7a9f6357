/**
 * The messages Drover's agents and clients exchange over SSH: one request per exec channel (a command line
 * such as {@code hello} or {@code inventory}), one JSON {@link drover.protocol.Envelope} as its answer.
 * Plain records, serialised with Jackson through {@link drover.protocol.Json}; no behaviour lives here.
 */
package drover.protocol;
