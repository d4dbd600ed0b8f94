"""pandas side of the panel part of `npm run bench:firms` (a benchmark, not a test).

Computes what growthGapTable (src/panel/growth) computes, on the same SYNTHETIC city-like
panel written by bench/firms.ts: by unit, per-capita growth = official where published, else
(1+g)/(1+p) - 1 with resident population growth where both years have it, else registered;
gap = g - per-capita growth (percentage points). By region: real growth weighted by the
previous year's nominal GDP, population growth as a ratio of sums, same identity.

Usage: /usr/bin/python3 bench/panel_pandas.py <panel.csv>
Prints one JSON line: timings (s), peak memory (MiB) and answers to compare.
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd


def main() -> None:
    path = sys.argv[1]
    t = {}
    s = time.perf_counter()
    df = pd.read_csv(path, dtype={"city_zh": "string", "region": "category"})
    t["read_csv"] = time.perf_counter() - s

    s = time.perf_counter()
    df = df.sort_values(["city_zh", "year"])
    g = df.groupby("city_zh", sort=False)
    prev_year = g["year"].shift(1)
    consecutive = prev_year == df["year"] - 1
    res_prev = g["population_resident"].shift(1).where(consecutive)
    reg_prev = g["population_registered"].shift(1).where(consecutive)
    p_res = (df["population_resident"] / res_prev - 1) * 100
    p_res = p_res.where(res_prev > 0)
    p_reg = (df["population_registered"] / reg_prev - 1) * 100
    p_reg = p_reg.where(reg_prev > 0)
    pop = p_res.fillna(p_reg)
    ident = ((1 + df["gdp_real_growth"] / 100) / (1 + pop / 100) - 1) * 100
    pc = df["gdp_per_capita_real_growth"].fillna(ident)
    gap_city = (df["gdp_real_growth"] - pc).where(df["gdp_real_growth"].notna())
    t["by_city"] = time.perf_counter() - s

    s = time.perf_counter()
    gdp_prev = g["gdp"].shift(1).where(consecutive)
    d = pd.DataFrame({
        "region": df["region"], "year": df["year"],
        "wg": gdp_prev * df["gdp_real_growth"], "w": gdp_prev,
        "res": df["population_resident"], "res_prev": res_prev,
        "reg": df["population_registered"], "reg_prev": reg_prev,
        "ok": gdp_prev.notna() & df["gdp_real_growth"].notna(),
    })
    agg = d.groupby(["region", "year"], observed=True).agg(
        wg=("wg", "sum"), w=("w", "sum"), ok=("ok", "all"),
        res=("res", "sum"), res_prev=("res_prev", "sum"), res_n=("res_prev", "count"),
        reg=("reg", "sum"), reg_prev=("reg_prev", "sum"), reg_n=("reg_prev", "count"), n=("year", "size"),
    )
    g_r = (agg["wg"] / agg["w"]).where(agg["ok"])
    p_r = ((agg["res"] / agg["res_prev"] - 1) * 100).where(agg["res_n"] == agg["n"])
    p_r = p_r.fillna(((agg["reg"] / agg["reg_prev"] - 1) * 100).where(agg["reg_n"] == agg["n"]))
    pc_r = ((1 + g_r / 100) / (1 + p_r / 100) - 1) * 100
    gap_region = g_r - pc_r
    t["by_region"] = time.perf_counter() - s
    t["compute"] = t["by_city"] + t["by_region"]

    print(json.dumps({
        "engine": f"pandas {pd.__version__}",
        "seconds": t,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "answers": {
            "city_rows": int(len(df)),
            "city_gaps": int(gap_city.notna().sum()),
            "city_gap_sum": float(gap_city.sum()),
            "region_gaps": int(gap_region.notna().sum()),
            "region_gap_sum": float(gap_region.sum()),
        },
    }))


if __name__ == "__main__":
    main()
