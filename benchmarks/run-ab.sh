#!/usr/bin/env bash
# CPU per command of this checkout (B) against another version (A, default: main), measured in one sitting: both
# benchmarks run at the same time on the same machine, so both see the same load from everything else; each measures
# its own JVM's and its own PostgreSQL's CPU time. Both use this checkout's benchmark code (copied into A's worktree),
# so only the services differ.
#   benchmarks/run-ab.sh [benchmark options, default: --scale 2 --runs 3 --jit-warmup 60 --statements]
# Environment: AB_BASELINE (git ref of A, default main), AB_WORKTREE (where A is checked out, default ../samenspel-ab).
set -euo pipefail
cd "$(dirname "$0")/.."
baseline=${AB_BASELINE:-main}
worktree=${AB_WORKTREE:-../samenspel-ab}
options=("$@")
[ ${#options[@]} -gt 0 ] || options=(--scale 2 --runs 3 --jit-warmup 60 --statements)
[ -d "$worktree" ] || git worktree add --detach "$worktree" "$baseline"
git -C "$worktree" checkout -q --detach "$baseline"
rm -rf "$worktree/benchmarks/src" && cp -r benchmarks/src "$worktree/benchmarks/src"
(cd "$worktree" && ./mvnw -q -B -pl benchmarks -am package -DskipTests)
./mvnw -q -B -pl benchmarks -am package -DskipTests
out=benchmarks/target/ab
mkdir -p "$out"
cp "$worktree/benchmarks/target/samenspel-benchmarks.jar" "$out/A.jar"
cp benchmarks/target/samenspel-benchmarks.jar "$out/B.jar"
for version in A B; do
  java -Daxoniq.update-checker.disabled=true -Xmx1536m -XX:+UseSerialGC -jar "$out/$version.jar" --cpu-only \
    "${options[@]}" --out "$out/$version.json" > "$out/$version.log" 2>&1 &
done
wait
# Side by side: every figure's median in A and B, and B / A.
awk -F' \\| ' 'FNR == NR && /^\| [^*-]/ && !/^\| figure/ { a[$1] = $3; next }
  FNR == 1 && NR != FNR { print "| figure | A (" base ") | B (this checkout) | B / A |"; print "|---|---:|---:|---:|" }
  /^\| [^*-]/ && ($1 in a) { gsub(/,/, "", a[$1]); b = $3; gsub(/,/, "", b);
    printf "%s | %s | %s | %s |\n", $1, a[$1], b, (a[$1] + 0 > 0 ? sprintf("%.2f", b / a[$1]) : "") }' base="$baseline" \
  "$out/A.md" "$out/B.md" | tee "$out/ab.md"
