/**
 * The Case aggregate (its transition table, rules, commands, events and deadlines), the case's current state, and the
 * application services of opening, working on and closing a case; {@link nl.samenspel.coordinator.cases.EntitledCases},
 * {@link nl.samenspel.coordinator.cases.CaseCommands} and {@link nl.samenspel.coordinator.cases.CaseMatching} serve
 * every application service of the coordinator.
 */
package nl.samenspel.coordinator.cases;
