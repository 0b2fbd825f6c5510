#!/usr/bin/env bash
# Runs the whole Samenspel platform on this machine: PostgreSQL, Kafka and the services (notification-service
# included, http webhooks to loopback allowed). Needs only JDK 17; Maven comes with the wrapper. Ctrl-C stops
# everything. Settings: docs/configuration.md.
set -euo pipefail
cd "$(dirname "$0")"
jar=platform/target/samenspel-local.jar
# Builds only when a build file or main source is newer than the jar, so a later start skips Maven. Test sources
# and the benchmarks are not in the jar.
if [ ! -f "$jar" ] || [ -n "$(find pom.xml .mvn ./*/pom.xml ./*/src -newer "$jar" -type f \
    -not -path './benchmarks/*' -not -path '*/src/test/*' -print -quit)" ]; then
  ./mvnw -q -B -DskipTests -pl platform -am package
  touch "$jar"
fi
exec java -Daxoniq.update-checker.disabled=true -Xmx1536m -XX:+UseSerialGC -jar "$jar"
