/**
 * The personal-data vault: residents' personal details and per-resident data keys (wrapped with the master key),
 * sealing of free text under those keys, and erasure by destroying the key (crypto-shredding).
 */
package nl.samenspel.coordinator.vault;
