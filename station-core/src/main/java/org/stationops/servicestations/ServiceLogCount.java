package org.stationops.servicestations;

/**
 * One cell of the service log counts: entries and people served by one service station in
 * one kind.
 */
public record ServiceLogCount(Long serviceStationId, ServiceLogKind kind, long entries, long people) {

}
