/**
 * The personal-data vault: residents' personal details and per-resident data keys (wrapped with a master key),
 * sealing of free text under those keys, erasure by destroying the key (crypto-shredding), and master-key rotation.
 */
package nl.samenspel.coordinator.vault;
