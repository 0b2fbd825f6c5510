/** Seeding the demo region (the Meedenkersnetwerk of the Duin- en Bollenstreek) for local runs and demos. */
package nl.samenspel.network.seed;
