#!/usr/bin/env bash
# Builds the platform and runs the benchmark (see benchmarks/PERFORMANCE.md). Options are passed on:
#   ./run-benchmarks.sh [--scale N] [--runs R] [--workers W] [--quick] [--out FILE]
#   ./run-benchmarks.sh --cpu-only [--statements]   figure 1 alone, with statements and threads per command
#   ./run-benchmarks.sh --instances 1,2             each service in N JVMs: commands/s, CPU per command, lock waits
# benchmarks/run-ab.sh compares the CPU per command of this checkout with main in one sitting.
# Results: a table on stdout, benchmarks/target/benchmark-results.json and .md.
set -euo pipefail
cd "$(dirname "$0")"
# Spring Boot does not repackage a jar it repackaged before, even when a module inside it changed: build it anew.
rm -f benchmarks/target/samenspel-benchmarks.jar*
./mvnw -q -B -pl benchmarks -am package -DskipTests
exec java -Daxoniq.update-checker.disabled=true -Xmx1536m -XX:+UseSerialGC -jar benchmarks/target/samenspel-benchmarks.jar "$@"
