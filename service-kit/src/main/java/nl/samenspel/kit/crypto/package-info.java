/** Encryption that services share: sealing secrets and personal data at rest. */
package nl.samenspel.kit.crypto;
