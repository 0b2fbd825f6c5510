/** The seeded workload: a scaled region and the journeys of its actors, sent through the services' REST APIs. */
package nl.samenspel.benchmarks.workload;
