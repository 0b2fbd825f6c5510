#!/usr/bin/env bash
# CPU per command of this checkout (B) against another version (A, default: main), measured in one sitting: A, then
# B, each with its own PostgreSQL and broker, each measuring its own JVM's and its own PostgreSQL's CPU time. With
# AB_TOGETHER=1 both run at the same time, so both see the same load from everything else, but each gets about one
# core of two. Both use this checkout's benchmark code (copied into A's worktree), so only the services differ.
#   benchmarks/run-ab.sh [benchmark options, default: --scale 2 --runs 3 --jit-warmup 60 --statements]
# Environment: AB_BASELINE (git ref of A, default main), AB_WORKTREE (where A is checked out, default ../samenspel-ab),
# AB_TOGETHER (set: run A and B at the same time).
set -euo pipefail
cd "$(dirname "$0")/.."
baseline=${AB_BASELINE:-main}
worktree=${AB_WORKTREE:-../samenspel-ab}
options=("$@")
[ ${#options[@]} -gt 0 ] || options=(--scale 2 --runs 3 --jit-warmup 60 --statements)
[ -d "$worktree" ] || git worktree add --detach "$worktree" "$baseline"
# A's worktree holds the previous comparison's benchmark code: dropped before the checkout.
git -C "$worktree" checkout -q -f --detach "$baseline"
git -C "$worktree" clean -q -f -d benchmarks/src
rm -rf "$worktree/benchmarks/src" && cp -r benchmarks/src "$worktree/benchmarks/src"
# Spring Boot does not repackage a jar it repackaged before, even when a module inside it changed: build it anew.
build() { (cd "$1" && rm -f benchmarks/target/samenspel-benchmarks.jar* && ./mvnw -q -B -pl benchmarks -am package -DskipTests); }
build "$worktree"
build .
out=benchmarks/target/ab
mkdir -p "$out"
cp "$worktree/benchmarks/target/samenspel-benchmarks.jar" "$out/A.jar"
cp benchmarks/target/samenspel-benchmarks.jar "$out/B.jar"
run() {
  java -Daxoniq.update-checker.disabled=true -Xmx1536m -XX:+UseSerialGC -jar "$out/$1.jar" --cpu-only \
    "${options[@]}" --out "$out/$1.json" > "$out/$1.log" 2>&1
}
if [ -n "${AB_TOGETHER:-}" ]; then
  run A & run B & wait
else
  run A
  run B
fi
# Side by side: every figure's median in A and B, and B / A.
awk -F' \\| ' 'FNR == NR && /^\| [^*-]/ && !/^\| figure/ { a[$1] = $3; next }
  FNR == 1 && NR != FNR { print "| figure | A (" base ") | B (this checkout) | B / A |"; print "|---|---:|---:|---:|" }
  /^\| [^*-]/ && ($1 in a) { gsub(/,/, "", a[$1]); b = $3; gsub(/,/, "", b);
    printf "%s | %s | %s | %s |\n", $1, a[$1], b, (a[$1] + 0 > 0 ? sprintf("%.2f", b / a[$1]) : "") }' base="$baseline" \
  "$out/A.md" "$out/B.md" | tee "$out/ab.md"
