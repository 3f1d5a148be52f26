#!/usr/bin/env python3
"""BG/NBD and Gamma-Gamma fitted with scipy on the CDNOW master file, as `crm scoring fit` fits them.

The scoring benchmark (bench/PluginCrm.Bench/ScoringBench.cs) runs this beside `crm scoring fit` to compare both as
whole processes and the fit alone. Same summaries (purchase days: orders of one day count once, amounts summed; x,
t_x and T in weeks up to the calibration end), same grouping of equal (x, t_x, T) and (x, zbar), same negative
log-likelihoods over log-parameters divided by their size at the start, same analytic gradients, and BFGS (scipy's).
Prints one JSON object: the parameters, the log-likelihoods and fitSeconds (summaries to parameters).

    python3 bench/python/bgnbd_fit.py ../shared/data/cdnow/CDNOW_master.txt [--calibration-end 1997-09-30]
"""
import argparse
import datetime
import json
import time
from collections import defaultdict

import numpy as np
from scipy.optimize import minimize
from scipy.special import digamma, gammaln


def summaries(path, calibration_end, unit_days=7):
    days = defaultdict(lambda: defaultdict(float))  # customer -> date -> amount
    with open(path) as lines:
        for line in lines:
            fields = line.split()
            if len(fields) != 4 or fields[0] == "customer_id":
                continue
            day = datetime.date(int(fields[1][:4]), int(fields[1][4:6]), int(fields[1][6:]))
            amount = float(fields[3])
            if amount >= 0 and day <= calibration_end:
                days[fields[0]][day] += amount
    rows = []
    for purchases in days.values():
        dates = sorted(purchases)
        first, repeat = dates[0], dates[1:]
        zbar = sum(purchases[d] for d in repeat) / len(repeat) if repeat else 0.0
        last = repeat[-1] if repeat else first
        rows.append((len(repeat), (last - first).days / unit_days, (calibration_end - first).days / unit_days, zbar))
    return rows


def grouped(keys):
    values, counts = np.unique(np.array(keys), axis=0, return_counts=True)
    return values, counts.astype(float)


def bgnbd_negative(logs, x, tx, T, n):
    r, alpha, a, b = np.exp(logs)
    rx = r + x
    lnT, lnTx = np.log(alpha + T), np.log(alpha + tx)
    stays = -rx * lnT
    dropped = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - rx * lnTx, -np.inf)
    top = np.maximum(stays, dropped)
    e = np.exp(-np.abs(stays - dropped))
    w = np.where(x > 0, np.where(dropped >= stays, 1 / (1 + e), e / (1 + e)), 0.0)
    ll = (gammaln(rx) - gammaln(r) + r * np.log(alpha) + gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
          + top + np.log1p(e))
    d_r = digamma(rx) - digamma(r) + np.log(alpha) - (1 - w) * lnT - w * lnTx
    d_alpha = r / alpha - rx * ((1 - w) / (alpha + T) + w / (alpha + tx))
    d_a = digamma(a + b) - digamma(a + b + x) + w / a
    d_b = digamma(a + b) + digamma(b + x) - digamma(b) - digamma(a + b + x) - np.where(x > 0, w / np.maximum(b + x - 1, 1e-300), 0.0)
    gradient = np.array([n @ d_r * r, n @ d_alpha * alpha, n @ d_a * a, n @ d_b * b])
    return -(n @ ll), -gradient


def gamma_gamma_negative(logs, x, zbar, n):
    p, q, gamma = np.exp(logs)
    px, total = p * x, gamma + x * zbar
    ll = gammaln(px + q) - gammaln(px) - gammaln(q) + q * np.log(gamma) + (px - 1) * np.log(zbar) + px * np.log(x) - (px + q) * np.log(total)
    d_p = x * (digamma(px + q) - digamma(px) + np.log(zbar) + np.log(x) - np.log(total))
    d_q = digamma(px + q) - digamma(q) + np.log(gamma) - np.log(total)
    d_gamma = q / gamma - (px + q) / total
    return -(n @ ll), -np.array([n @ d_p * p, n @ d_q * q, n @ d_gamma * gamma])


def fit(negative, start, *data):
    # Divided by the size at the start, as the C# minimiser does, so that BFGS's first steps (identity Hessian) stay small.
    scale = 1 / max(1.0, abs(negative(np.log(start), *data)[0]))
    result = minimize(lambda v: tuple(part * scale for part in negative(v, *data)), np.log(start), jac=True, method="BFGS",
                      options={"gtol": 1e-10, "maxiter": 1000})
    return np.exp(result.x), -result.fun / scale, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--calibration-end", default="1997-09-30")
    arguments = parser.parse_args()
    rows = summaries(arguments.file, datetime.date.fromisoformat(arguments.calibration_end))

    started = time.perf_counter()
    groups, counts = grouped([(x, tx, T) for x, tx, T, _ in rows])
    bgnbd, bgnbd_ll, _ = fit(bgnbd_negative, np.ones(4), groups[:, 0], groups[:, 1], groups[:, 2], counts)
    spend, spend_counts = grouped([(x, zbar) for x, _, _, zbar in rows if x > 0 and zbar > 0])
    gg, gg_ll, _ = fit(gamma_gamma_negative, np.ones(3), spend[:, 0], spend[:, 1], spend_counts)
    fit_seconds = time.perf_counter() - started

    print(json.dumps({
        "calibrationEnd": arguments.calibration_end, "unit": "week",
        "bgnbd": {"r": bgnbd[0], "alpha": bgnbd[1], "a": bgnbd[2], "b": bgnbd[3], "logLikelihood": bgnbd_ll},
        "gammaGamma": {"p": gg[0], "q": gg[1], "gamma": gg[2], "logLikelihood": gg_ll},
        "customers": len(rows), "repeatCustomers": sum(1 for row in rows if row[0] > 0), "fitSeconds": fit_seconds,
    }, indent=2))


if __name__ == "__main__":
    main()
