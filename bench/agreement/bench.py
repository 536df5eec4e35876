#!/usr/bin/python3
"""Agreement benchmark: Krippendorff's alpha on 1,000,000 ratings through concord-agree, and
nltk's alpha on a 50,000-unit subset for comparison. Prints figures; asserts nothing.

usage: bench.py BUILD_DIR [WORK_DIR]
Needs Debian's python3 (nltk). Timings are wall clock and CPU (user + sys) of the child.
"""
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

UNITS, CODERS, MISSING, SUBSET_UNITS = 250_000, 4, 0.10, 50_000


def generate(path_nominal, path_interval, units, seed=1):
    """Units x coders with 10% missing; nominal: 5 labels, 70% faithful to a per-unit truth;
    interval: truth + N(0, 10) rounded to 0.1."""
    rng = random.Random(seed)
    rows = []
    with open(path_nominal, "w") as nominal, open(path_interval, "w") as interval:
        for u in range(units):
            truth_label, truth = rng.randrange(5), rng.uniform(0, 100)
            for c in range(CODERS):
                unit, coder = "case-%d" % u, "coder-%d" % c
                if rng.random() < MISSING:
                    nominal.write('{"unit": "%s", "coder": "%s", "value": null}\n' % (unit, coder))
                    interval.write('{"unit": "%s", "coder": "%s", "value": null}\n' % (unit, coder))
                    continue
                label = truth_label if rng.random() < 0.7 else rng.randrange(5)
                number = round(truth + rng.gauss(0, 10), 1)
                nominal.write('{"unit": "%s", "coder": "%s", "value": "label-%d"}\n' % (unit, coder, label))
                interval.write('{"unit": "%s", "coder": "%s", "value": %.1f}\n' % (unit, coder, number))
                rows.append((unit, coder, "label-%d" % label, number))
    return rows


def run_cli(cli, path, level):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([cli, "--input", path, "--level", level], check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return json.loads(out), wall, cpu


def nltk_alpha(rows, level):
    from nltk.metrics import agreement, distance
    metric = distance.binary_distance if level == "nominal" else distance.interval_distance
    value_of = (lambda r: r[2]) if level == "nominal" else (lambda r: r[3])
    start = time.perf_counter()
    cpu0 = time.process_time()
    task = agreement.AnnotationTask(data=[(r[1], r[0], value_of(r)) for r in rows], distance=metric)
    alpha = task.alpha()
    return alpha, time.perf_counter() - start, time.process_time() - cpu0


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    cli = os.path.join(build, "bin", "concord-agree")
    if not os.access(cli, os.X_OK):
        sys.exit("no %s: build the concord-agree target first" % cli)
    work = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="concord-agree-bench-")
    print("work dir: %s" % work)
    full = (os.path.join(work, "nominal-1m.jsonl"), os.path.join(work, "interval-1m.jsonl"))
    sub = (os.path.join(work, "nominal-50k.jsonl"), os.path.join(work, "interval-50k.jsonl"))
    start = time.perf_counter()
    generate(*full, UNITS)
    subset_rows = generate(*sub, SUBSET_UNITS)
    print("generated %d ratings (%d units x %d coders, %.0f%% missing) and a %d-unit subset in %.1f s"
          % (UNITS * CODERS, UNITS, CODERS, MISSING * 100, SUBSET_UNITS, time.perf_counter() - start))

    bench = os.path.join(build, "bin", "concord-agree-bench")
    if os.access(bench, os.X_OK):
        print("\n-- core in memory (concord-agree-bench: encode + alpha, no JSON parsing)")
        print(subprocess.run([bench], check=True, capture_output=True, text=True).stdout.rstrip())

    print("\n-- concord-agree end to end (read JSONL, parse, encode, alpha), 1,000,000 ratings")
    for path, level in zip(full, ("nominal", "interval")):
        out, wall, cpu = run_cli(cli, path, level)
        print("%-8s alpha=%.6f  wall %.3f s  cpu %.3f s" % (level, out["alpha"], wall, cpu))

    print("\n-- nltk %s vs concord-agree on the %d-unit subset (%d ratings present)"
          % (__import__("nltk").__version__, SUBSET_UNITS, len(subset_rows)))
    print("   (nltk is handed its data in memory; concord-agree's figure includes reading and parsing JSONL)")
    for path, level in zip(sub, ("nominal", "interval")):
        ours, wall, cpu = run_cli(cli, path, level)
        theirs, nltk_wall, nltk_cpu = nltk_alpha(subset_rows, level)
        same = abs(ours["alpha"] - theirs) < 1e-9
        print("%-8s nltk alpha=%.6f wall %.2f s cpu %.2f s | concord-agree alpha=%.6f wall %.3f s cpu %.3f s | "
              "speed ratio (cpu) %.0fx | same value: %s"
              % (level, theirs, nltk_wall, nltk_cpu, ours["alpha"], wall, cpu, nltk_cpu / max(cpu, 1e-6), same))
        if os.access(bench, os.X_OK):
            core = json.loads(subprocess.run([bench, "--input", path, "--level", level], check=True,
                                             capture_output=True, text=True).stdout)
            print("%-8s   in memory both sides: concord encode + alpha cpu %.4f s vs nltk cpu %.2f s: %.0fx, same value: %s"
                  % ("", core["seconds"], nltk_cpu, nltk_cpu / max(core["seconds"], 1e-6),
                     abs(core["alpha"] - theirs) < 1e-9))


if __name__ == "__main__":
    main()
