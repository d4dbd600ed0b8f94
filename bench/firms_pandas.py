"""pandas side of `npm run bench:firms` (a benchmark, not a test).

Runs the same three computations as the DuckDB path of src/firms on the same SYNTHETIC
firm panel (as CSV: Debian's python3-pandas has no Parquet engine), with the same
definitions: validation (year whole and within 1949-2100, unknown city, missing, non-finite
or negative output, non-finite or negative employment, duplicate firm-year),
relocation detection (consecutive observed years of a firm in different cities; only firms
seen in more than one city are sorted), flows by origin x destination x GB/T 4754-2017
division x year, and output moved out of each PRD city to the other regions.

Usage: /usr/bin/python3 bench/firms_pandas.py <panel.csv> <context.json>
context.json (written by bench/firms.ts): city codes, PRD codes, crosswalk rules, year range.
Prints one JSON line: timings (s), peak memory (MiB) and the answers to compare.
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd


def main() -> None:
    path, ctx_path = sys.argv[1], sys.argv[2]
    with open(ctx_path, encoding="utf-8") as f:
        ctx = json.load(f)
    cities = np.array(ctx["cities"], dtype="int64")
    prd = np.array(ctx["prd"], dtype="int64")
    y0, y1 = ctx["years"]
    rules3 = {(r["edition"], r["prefix"]): r["division2017"] for r in ctx["rules"] if len(r["prefix"]) == 3}
    rules2 = {(r["edition"], r["prefix"]): r["division2017"] for r in ctx["rules"] if len(r["prefix"]) == 2}
    t = {}

    s = time.perf_counter()
    df = pd.read_csv(
        path,
        usecols=["firm_id", "year", "city_code", "industry_code", "industry_edition", "output", "employment", "park_id"],
        dtype={"firm_id": "int64", "year": "float64", "city_code": "int64", "industry_code": "category",
               "industry_edition": "int16", "output": "float64", "employment": "float64", "park_id": "category"},
    )
    t["read_csv"] = time.perf_counter() - s

    s = time.perf_counter()
    rows_read = len(df)
    year = df["year"]
    out, emp = df["output"], df["employment"]
    bad = ((year != np.floor(year)) | (year < 1949) | (year > 2100) | year.isna()
           | (~df["city_code"].isin(cities))
           | ~np.isfinite(out) | (out < 0)
           | (emp.notna() & (~np.isfinite(emp) | (emp < 0))))
    df = df[~bad]
    df["year"] = df["year"].astype("int32")
    dup = df.duplicated(["firm_id", "year"], keep=False)
    df = df[~dup]
    t["validate"] = time.perf_counter() - s

    s = time.perf_counter()
    mm = df.groupby("firm_id")["city_code"].agg(["min", "max"])
    movers = mm.index[mm["min"] != mm["max"]]
    sub = df[df["firm_id"].isin(movers)].sort_values(["firm_id", "year"])
    prev = sub.groupby("firm_id", sort=False)[["year", "city_code", "output", "employment", "industry_code", "industry_edition"]].shift(1)
    is_move = prev["city_code"].notna() & (prev["city_code"] != sub["city_code"])
    moves = pd.DataFrame({
        "firm_id": sub["firm_id"][is_move].to_numpy(),
        "year": sub["year"][is_move].to_numpy(),
        "origin": prev["city_code"][is_move].astype("int64").to_numpy(),
        "destination": sub["city_code"][is_move].to_numpy(),
        "industry_code": prev["industry_code"][is_move].astype(str).to_numpy(),
        "industry_edition": prev["industry_edition"][is_move].astype("int64").to_numpy(),
        "output_before": prev["output"][is_move].to_numpy(),
        "employment_before": prev["employment"][is_move].to_numpy(),
    })
    codes = moves["industry_code"].str.replace(r"^[A-Za-z]", "", regex=True)
    ed = moves["industry_edition"].to_numpy()
    d3 = [rules3.get((e, c[:3])) for e, c in zip(ed, codes)]
    d2 = [rules2.get((e, c[:2])) for e, c in zip(ed, codes)]
    moves["industry_division"] = [a if a is not None else b for a, b in zip(d3, d2)]
    from_prd = moves[moves["origin"].isin(prd)]
    t["detect"] = time.perf_counter() - s

    s = time.perf_counter()
    flows = (from_prd.groupby(["origin", "destination", "industry_division", "year"], dropna=False)
             .agg(firms=("firm_id", "size"), output_moved=("output_before", "sum"),
                  employment_moved=("employment_before", "sum"))
             .reset_index())
    t["flows"] = time.perf_counter() - s

    s = time.perf_counter()
    out = moves[moves["origin"].isin(prd) & ~moves["destination"].isin(prd) & moves["year"].between(y0, y1)]
    per_city = out.groupby("origin")["output_before"].sum().reindex(prd, fill_value=0.0)
    t["output_moved_out"] = time.perf_counter() - s

    t["compute"] = t["validate"] + t["detect"] + t["flows"] + t["output_moved_out"]
    t["total"] = t["read_csv"] + t["compute"]
    print(json.dumps({
        "engine": f"pandas {pd.__version__}",
        "seconds": t,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "answers": {
            "rows_read": int(rows_read),
            "rows_usable": int(len(df)),
            "moves_from_prd": int(len(from_prd)),
            "output_from_prd": float(from_prd["output_before"].sum()),
            "flow_cells": int(len(flows)),
            "flow_output": float(flows["output_moved"].sum()),
            "output_moved_out": [float(x) for x in per_city.to_numpy()],
        },
    }))


if __name__ == "__main__":
    main()
