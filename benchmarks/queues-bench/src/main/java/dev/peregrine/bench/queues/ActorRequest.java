package dev.peregrine.bench.queues;

/**
 * One encoded request and the operation it is timed and counted as.
 *
 * @param operation what the request does
 * @param queue     the index of the queue it goes to
 * @param bytes     the whole HTTP/1.1 request
 */
record ActorRequest(Operation operation, int queue, byte[] bytes) {
}
