package dev.peregrine.benchmarks.peers.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The payload of one queued message: {@code {"event": ..., "backup_id": ..., "size": ...}}.
 *
 * @param event    what happened
 * @param backupId which backup it concerns, serialized as {@code backup_id}
 * @param size     the backup's size in bytes
 */
public record MessageBody(String event, @JsonProperty("backup_id") String backupId, long size) {
}
