/** Working days: the Dutch national holidays, adjusted per region, for every deadline counted in working days. */
package nl.samenspel.coordinator.calendar;
