#!/usr/bin/env bash
# Runs the whole Samenspel platform on this machine: PostgreSQL, Kafka, the services (notification-service
# included, http webhooks to loopback allowed) and the web console.
# Needs only JDK 17; Maven comes with the wrapper. Ctrl-C stops everything. Settings: see README.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -DskipTests package
exec java -Daxoniq.update-checker.disabled=true -Xmx1536m -XX:+UseSerialGC -jar platform/target/samenspel-local.jar
