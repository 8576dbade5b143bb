package io.factcheck.store;

/** Fired inside every transaction that writes the store; snapshots are renewed after commit. */
public record StoreChanged(String what) {}
