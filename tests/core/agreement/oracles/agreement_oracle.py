#!/usr/bin/python3
"""Independent agreement figures for Concord's tests, from Debian's nltk, sklearn and statsmodels.

Reads one JSON object {"ratings": [[unit, coder, value-or-null], ...], "level": ...,
"categories": [...], "tasks": [...]} from the file named on the command line and prints one
JSON object with a figure per task. Missing ratings are left out before nltk sees them.
"""
import json
import sys
from collections import defaultdict


def present(ratings):
    return [(u, c, v) for u, c, v in ratings if v is not None]


def nltk_alpha(ratings, level):
    from nltk.metrics import agreement, distance
    # nltk ships no ratio distance: its alpha algorithm runs with Krippendorff's ratio delta.
    metric = {"nominal": distance.binary_distance,
              "interval": distance.interval_distance,
              "ratio": lambda a, b: ((a - b) / (a + b)) ** 2}[level]
    task = agreement.AnnotationTask(data=[(c, u, v) for u, c, v in present(ratings)], distance=metric)
    return task.alpha()


def bruteforce_alpha(ratings, level, categories):
    """Krippendorff's definition, pair by pair, through the coincidence matrix."""
    units = defaultdict(list)
    for u, _, v in present(ratings):
        units[u].append(v)
    coincidence = defaultdict(float)
    for values in units.values():
        m = len(values)
        if m < 2:
            continue
        for i in range(m):
            for j in range(m):
                if i != j:
                    coincidence[(values[i], values[j])] += 1.0 / (m - 1)
    totals = defaultdict(float)
    for (c, _), o in coincidence.items():
        totals[c] += o
    n = sum(totals.values())
    order = categories if categories else sorted(totals)

    def delta(c, k):
        if level == "nominal":
            return 0.0 if c == k else 1.0
        if level == "interval":
            return (c - k) ** 2
        if level == "ratio":
            return 0.0 if c + k == 0 else ((c - k) / (c + k)) ** 2
        a, b = sorted((order.index(c), order.index(k)))
        between = sum(totals.get(order[g], 0.0) for g in range(a, b + 1))
        return (between - (totals.get(order[a], 0.0) + totals.get(order[b], 0.0)) / 2) ** 2

    observed = sum(o * delta(c, k) for (c, k), o in coincidence.items())
    expected = sum(totals[c] * totals[k] * delta(c, k) for c in totals for k in totals)
    return 1.0 - (n - 1) * observed / expected


def two_coder_columns(ratings):
    by_unit = defaultdict(dict)
    for u, c, v in present(ratings):
        by_unit[u][c] = v
    coders = sorted({c for _, c, _ in ratings})
    pairs = [(d[coders[0]], d[coders[1]]) for d in by_unit.values() if len(d) == 2]
    return [a for a, _ in pairs], [b for _, b in pairs]


def sklearn_cohen(ratings, categories, weights):
    from sklearn.metrics import cohen_kappa_score
    a, b = two_coder_columns(ratings)
    return cohen_kappa_score(a, b, labels=categories, weights=weights)


def nltk_scott_pi(ratings):
    from nltk.metrics import agreement
    a, b = two_coder_columns(ratings)
    data = [("A", i, v) for i, v in enumerate(a)] + [("B", i, v) for i, v in enumerate(b)]
    return agreement.AnnotationTask(data=data).pi()


def statsmodels_fleiss(ratings):
    import numpy as np
    from statsmodels.stats import inter_rater
    by_unit = defaultdict(list)
    for u, _, v in present(ratings):
        by_unit[u].append(v)
    labels = sorted({v for values in by_unit.values() for v in values})
    table = np.array([[values.count(k) for k in labels] for values in by_unit.values() if len(values) >= 2])
    return inter_rater.fleiss_kappa(table, method="fleiss")


def gwet_ac1(ratings, categories):
    """Gwet (2014), AC1 for several raters with missing ratings."""
    by_unit = defaultdict(list)
    for u, _, v in present(ratings):
        by_unit[u].append(v)
    q = len(categories)
    pa_terms = []
    for values in by_unit.values():
        r = len(values)
        if r >= 2:
            pa_terms.append(sum(values.count(k) * (values.count(k) - 1) for k in categories) / (r * (r - 1)))
    pa = sum(pa_terms) / len(pa_terms)
    rated = [values for values in by_unit.values() if values]
    pi = {k: sum(values.count(k) / len(values) for values in rated) / len(rated) for k in categories}
    pe = sum(p * (1 - p) for p in pi.values()) / (q - 1)
    return (pa - pe) / (1 - pe), pa


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        request = json.load(handle)
    ratings = [tuple(r) for r in request["ratings"]]
    level = request.get("level", "nominal")
    categories = request.get("categories") or sorted({v for _, _, v in present(ratings)})
    out = {}
    for task in request["tasks"]:
        if task == "alpha_nltk":
            out[task] = nltk_alpha(ratings, level)
        elif task == "alpha_bruteforce":
            out[task] = bruteforce_alpha(ratings, level, request.get("categories"))
        elif task in ("cohen_none", "cohen_linear", "cohen_quadratic"):
            weights = {"cohen_none": None, "cohen_linear": "linear", "cohen_quadratic": "quadratic"}[task]
            out[task] = sklearn_cohen(ratings, categories, weights)
        elif task == "scott_nltk":
            out[task] = nltk_scott_pi(ratings)
        elif task == "fleiss_statsmodels":
            out[task] = statsmodels_fleiss(ratings)
        elif task == "ac1":
            out["ac1"], out["percent"] = gwet_ac1(ratings, categories)
        else:
            raise SystemExit("unknown task " + task)
    print(json.dumps({k: float(v) for k, v in out.items()}))


if __name__ == "__main__":
    main()
