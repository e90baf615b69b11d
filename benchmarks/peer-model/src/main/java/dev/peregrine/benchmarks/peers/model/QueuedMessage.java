package dev.peregrine.benchmarks.peers.model;

/**
 * One message of a queue listing: {@code {"id": "msg-0007", "ttl": 300, "age": 7, "body": {...}}}.
 *
 * @param id   the message id
 * @param ttl  seconds the message lives
 * @param age  seconds since it was queued
 * @param body its payload
 */
public record QueuedMessage(String id, int ttl, int age, MessageBody body) {
}
