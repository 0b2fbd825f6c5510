package nl.samenspel.benchmarks.workload;

/** An admitted organisation of the scaled region and its kind. */
record RegionOrganisation(String id, String kind) {
}
