/** Supporter organisations (aanbieders): applying to join, admission, suspension and leaving the network. */
package nl.samenspel.network.organisation;
