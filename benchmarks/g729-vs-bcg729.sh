#!/bin/sh
# Strowger's pure-Java G.729A beside the C bcg729 library, in one run on one machine.
# Needs gcc and libbcg729-dev (apt-get install libbcg729-dev); run from the repository root after
#   mvn -B -o -q verify -pl bundles/api,bundles/codec-support,bundles/codec-g729,benchmarks -am -DskipTests
# usage: benchmarks/g729-vs-bcg729.sh [seconds for bcg729, default 10]
set -eu
seconds=${1:-10}
speech=testdata/itu-g729a/SPEECH.IN
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gcc -O2 -o "$work/bcg729_bench" benchmarks/bcg729/bcg729_bench.c -lbcg729
"$work/bcg729_bench" "$speech" "$seconds" | tee "$work/c.txt"
java -jar benchmarks/target/benchmarks.jar G729CodecBenchmark -prof gc -rf csv -rff "$work/jmh.csv" | tee "$work/jmh.txt" \
    | grep -E '^G729CodecBenchmark\.(encode|decode)( |:gc.alloc.rate.norm)'

awk -F, -v c="$work/c.txt" '
BEGIN {
    while ((getline line < c) > 0) {
        split(line, w, " ")
        cus[w[2]] = w[3] + 0
    }
}
$1 ~ /G729CodecBenchmark\.encode"$/ { jus["encoder:"] = $5 + 0 }
$1 ~ /G729CodecBenchmark\.decode"$/ { jus["decoder:"] = $5 + 0 }
END {
    printf "\n%-8s %12s %12s %12s %12s %8s\n", "", "Java us", "Java x RT", "bcg729 us", "bcg729 x RT", "ratio"
    for (k in jus) {
        printf "%-8s %12.3f %12.0f %12.3f %12.0f %8.2f\n", k, jus[k], 10000 / jus[k], cus[k], 10000 / cus[k], cus[k] / jus[k]
    }
    print "ratio = Java speed / bcg729 speed (above 1: Java is faster)"
}' "$work/jmh.csv"
