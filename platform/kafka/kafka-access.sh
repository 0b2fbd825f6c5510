#!/bin/bash
# Kafka users (SASL/SCRAM-SHA-512) and ACLs of a Samenspel network: the rules of integration-events' KafkaAccess as
# the ACLs of platform/src/main/java/nl/samenspel/platform/access/KafkaAccessRules.java, which KafkaAccessControlIT proves
# against a real broker; KafkaAccessScriptTest checks that this script grants exactly those rules.
#
#   kafka-access.sh init                            the services, the demo region's organisations and municipalities
#   kafka-access.sh organisation <id> <password>    user org-<id>: reads coordinator.handovers.<id>.v1 and
#                                                   signalling.organisation.<id>.v1 only
#   kafka-access.sh municipality <code> <password>  user gm-<code>: reads signalling.municipality.<code>.v1 only
#   kafka-access.sh revoke-organisation <id>        removes org-<id>'s ACLs and credential (it left the network)
#   kafka-access.sh revoke-municipality <code>      removes gm-<code>'s ACLs and credential
#   kafka-access.sh health                          succeeds when the broker answers the admin
#
# Runs as the super user "admin" (SASL PLAIN on the broker's internal listener). Environment:
# SAMENSPEL_KAFKA_ADMIN_PASSWORD (required), SAMENSPEL_KAFKA_ADMIN_BOOTSTRAP (kafka:9094), SAMENSPEL_KAFKA_BIN (/opt/kafka/bin),
# SAMENSPEL_KAFKA_{NETWORK,COORDINATOR,SIGNALLING,NOTIFICATION}_PASSWORD, SAMENSPEL_KAFKA_DEMO_PASSWORD (demo organisations and
# municipalities), DEMO_ORGANISATIONS and DEMO_MUNICIPALITIES (space-separated; default: the seeded demo region).
# Adding a user or an ACL twice changes nothing, so init may run on every start. Revoking takes effect at once for
# reads (the broker checks the ACLs on every request); a connection opened before keeps its login but reads nothing.
set -euo pipefail

BIN=${SAMENSPEL_KAFKA_BIN:-/opt/kafka/bin}
BOOTSTRAP=${SAMENSPEL_KAFKA_ADMIN_BOOTSTRAP:-kafka:9094}
# The organisations the network-service seeds (UUID.nameUUIDFromBytes("samenspel-demo/organisation/<KvK number>"))
# and the municipalities of the demo region (Teylingen, Lisse, Hillegom, Noordwijk).
DEMO_ORGANISATIONS=${DEMO_ORGANISATIONS:-"e48114f0-fb8d-306d-8c6a-8dc5b3883a16 7bf45887-5246-3dd4-9f64-c4bcadb7957c
  e9e2ced1-51af-3082-ba11-90d8e81e793b be254484-9a60-32ac-87a6-facda0693e7d a0c5a792-40c2-3eb0-a6f6-084abf69a3db
  223555a8-f532-3826-9cc8-090a62da2886 25f03da8-5149-32a3-8331-c3e13d62b39f 1f66e695-a570-37d9-85e0-a7f5813accf3"}
DEMO_MUNICIPALITIES=${DEMO_MUNICIPALITIES:-"GM1525 GM0553 GM0534 GM0575"}

ADMIN_CONFIG=$(mktemp)
trap 'rm -f "$ADMIN_CONFIG"' EXIT
cat > "$ADMIN_CONFIG" <<CONFIG
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${SAMENSPEL_KAFKA_ADMIN_PASSWORD:?}";
CONFIG

# user <name> <password>: creates or updates a SCRAM-SHA-512 credential (no ',' or ']' in the password).
user() {
  "$BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --alter \
    --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]"
}

# forget <name>: deletes a user's SCRAM-SHA-512 credential, so it cannot log in again.
forget() {
  "$BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --alter \
    --entity-type users --entity-name "$1" --delete-config SCRAM-SHA-512
}

# allow <principal> <kafka-acls.sh resource and operation options...>
allow() {
  local principal=$1
  shift
  "$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --add \
    --allow-principal "User:$principal" "$@"
}

# disallow <principal> <the same options as allow>: removes those ACLs (--force: no question asked).
disallow() {
  local principal=$1
  shift
  "$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --remove --force \
    --allow-principal "User:$principal" "$@"
}

# service <name> <own topic prefix> <group prefix> <password> <consumed topics...> [-- <consumed topic prefixes...>]:
# writes and creates its own topics, reads (and may create, to start before their producer) the topics it consumes,
# reads the topics that start with a consumed prefix, uses its own groups.
service() {
  local name=$1 topics=$2 groups=$3 password=$4
  shift 4
  user "$name" "$password"
  allow "$name" --topic "$topics" --resource-pattern-type prefixed --operation Write --operation Create
  local consumed
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    allow "$name" --topic "$1" --operation Read --operation Create
    shift
  done
  [ $# -gt 0 ] && shift
  for consumed in "$@"; do
    allow "$name" --topic "$consumed" --resource-pattern-type prefixed --operation Read
  done
  allow "$name" --group "$groups" --resource-pattern-type prefixed --operation Read
}

# reader_acls <allow|disallow> <principal> <topics...>: reads these topics, with consumer groups
# "<principal>.<anything>".
reader_acls() {
  local grant=$1 principal=$2
  shift 2
  local topic
  for topic in "$@"; do
    "$grant" "$principal" --topic "$topic" --operation Read
  done
  "$grant" "$principal" --group "$principal." --resource-pattern-type prefixed --operation Read
}

# reader <principal> <password> <topics...>
reader() {
  local principal=$1 password=$2
  shift 2
  user "$principal" "$password"
  reader_acls allow "$principal" "$@"
}

# unreader <principal> <topics...>: takes back exactly what reader granted.
unreader() {
  reader_acls disallow "$@"
  forget "$1"
}

# An organisation's own topics: the coordinator's offers and handovers, the signalling-service's answers to its signals.
organisation_topics() {
  echo "coordinator.handovers.$1.v1 signalling.organisation.$1.v1"
}

organisation() {
  # shellcheck disable=SC2046 # the topic names hold no spaces
  reader "org-$1" "$2" $(organisation_topics "$1")
}

municipality() {
  reader "gm-$1" "$2" "signalling.municipality.$1.v1"
}

revoke-organisation() {
  # shellcheck disable=SC2046
  unreader "org-$1" $(organisation_topics "$1")
}

revoke-municipality() {
  unreader "gm-$1" "signalling.municipality.$1.v1"
}

services() {
  service network-service network. network- "${SAMENSPEL_KAFKA_NETWORK_PASSWORD:?}" \
    coordinator.caseload.v1
  service coordinator-service coordinator. coordinator- "${SAMENSPEL_KAFKA_COORDINATOR_PASSWORD:?}" \
    network.organisations.v1 network.supporters.v1 notification.organisation-reachability.v1
  service signalling-service signalling. signalling- "${SAMENSPEL_KAFKA_SIGNALLING_PASSWORD:?}" \
    network.supporters.v1 network.coverage.v1 coordinator.case-lifecycle.v1
  service notification-service notification. notification- "${SAMENSPEL_KAFKA_NOTIFICATION_PASSWORD:?}" \
    network.organisations.v1 -- coordinator.handovers. signalling.municipality.
}

case "${1:-init}" in
  init)
    services
    for id in $DEMO_ORGANISATIONS; do organisation "$id" "${SAMENSPEL_KAFKA_DEMO_PASSWORD:?}"; done
    for code in $DEMO_MUNICIPALITIES; do municipality "$code" "${SAMENSPEL_KAFKA_DEMO_PASSWORD:?}"; done
    ;;
  organisation | municipality)
    "$1" "${2:?id or code}" "${3:?password}"
    ;;
  revoke-organisation | revoke-municipality)
    "$1" "${2:?id or code}"
    ;;
  health)
    "$BIN/kafka-broker-api-versions.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" > /dev/null
    ;;
  *)
    echo "usage: $0 [init | organisation <id> <password> | municipality <code> <password>" \
      "| revoke-organisation <id> | revoke-municipality <code> | health]" >&2
    exit 2
    ;;
esac
