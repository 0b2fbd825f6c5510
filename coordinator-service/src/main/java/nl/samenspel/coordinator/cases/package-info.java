/** The Case aggregate: its transition table, rules, commands, events and deadlines. */
package nl.samenspel.coordinator.cases;
