"""pandas side of the panel benchmarks (a benchmark, not a test).

Each case does what the library's panel function does on the SYNTHETIC panel written by
bench/panel-data.ts, with the same rules, so that the times compare the same work:

- growthGapTable-city / -region: per-capita growth = official where published, else
  (1+g)/(1+p) - 1 with population growth p on the resident basis where both years have it and
  the pair does not cross the census revision (previous row flagged resident-pre-census, this
  one not), else registered; the method code and the note text of every row; regions: growth
  weighted by previous-year GDP when every member has it (else 'incomplete', the note naming
  the missing members), population growth as a ratio of sums when every member has both years.
- structureTable-city / -region: shares, TS, H (shares summing to 100 +- 1), TL, Moore cosine and
  structural change against the previous year; regions from summed value added and employment.
- regionShares: each region's share of the 21-city-style total, null when a city lacks the value.
- disparityTable: per year CV, Gini, Theil T and L with the between/within split over the regions.
- convergenceTable: beta (OLS of annualised log growth on the log initial level) and sigma (SD of
  logs per year, its trend) for all cities and each region.
- transferTable: regional shares of secondary value added in five years, their change, and the
  Dunn shift-share of each region and the periphery by sector.

Usage: /usr/bin/python3 bench/panel_pandas.py <case> <panel.csv>
Prints one JSON line: ms (the computation; reading the CSV is not counted), peak_mib (ru_maxrss
of this process) and answer (counts and sums, compared with the Node side).
Legacy: /usr/bin/python3 bench/panel_pandas.py <panel.csv> runs both growth cases and prints
the former {seconds, peak_mib, answers} line (bench/firms.ts reads it).
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd

REGIONS = ["PRD", "East", "West", "North"]
SHARE_SUM_TOLERANCE = 0.01


def stats(s, prefix):
    s = pd.Series(s, dtype="float64")
    return {f"{prefix}_n": int(s.notna().sum()), f"{prefix}_sum": float(s.sum(skipna=True))}


def prepare(df):
    df = df.sort_values(["city_zh", "year"], kind="stable").reset_index(drop=True)
    df["pre"] = df["flags"].fillna("").str.contains("resident-pre-census", regex=False)
    return df


def lagged(df, cols):
    g = df.groupby("city_zh", sort=False)
    consecutive = g["year"].shift(1) == df["year"] - 1
    return {c: g[c].shift(1).where(consecutive) for c in cols}, consecutive


def growth_city(df):
    prev, consecutive = lagged(df, ["population_resident", "population_registered", "pre"])
    g = df["gdp_real_growth"]
    off = df["gdp_per_capita_real_growth"]
    r0, r1 = prev["population_resident"], df["population_resident"]
    res_ok = r0.notna() & r1.notna() & (r0 > 0)
    census = res_ok & (prev["pre"] == True) & ~df["pre"]  # noqa: E712
    res_val = ((r1 / r0 - 1) * 100).where(res_ok & ~census)
    q0, q1 = prev["population_registered"], df["population_registered"]
    reg_ok = q0.notna() & q1.notna() & (q0 > 0)
    reg_val = ((q1 / q0 - 1) * 100).where(reg_ok)
    use_res = res_val.notna()
    pop = res_val.where(use_res, reg_val)
    basis = np.where(use_res, "resident", np.where(reg_val.notna(), "registered", None))
    reason = np.where(~res_ok, "missing-population", "census-break")  # used only when pop is null
    ident = ((1 + g / 100) / (1 + pop / 100) - 1) * 100
    method = np.select(
        [g.isna(), off.notna(), pop.isna(), basis == "resident"],
        ["missing-gdp-growth", "official", reason, "identity-resident-population"],
        "identity-registered-population")
    pc = np.where(g.isna() | off.notna(), off, ident)
    pc = pd.Series(pc, dtype="float64")
    gap = (100 * (g / 100 - pc / 100)).where(g.notna())
    year = df["year"].astype(int)
    note = np.select(
        [method == "missing-gdp-growth", method == "census-break", method == "missing-population"],
        ["no real GDP growth for this year", "population growth crosses the 2019/2020 census revision",
         "no population for " + (year - 1).astype(str) + " and " + year.astype(str) + " on one basis"], "")
    out = pd.DataFrame({"unit": df["city_zh"], "level": "city", "year": year, "gdp_growth": g, "per_capita_growth": pc,
                        "gap_pp": gap, "population_growth": pop, "population_basis": basis, "method": method,
                        "n_units": np.where(g.isna(), 0, 1), "n_expected": 1, "note": note})
    return out


def growth_region(df):
    prev, consecutive = lagged(df, ["gdp", "population_resident", "population_registered", "pre"])
    members = df.groupby("region")["city_zh"].nunique()
    ok = consecutive & df["gdp_real_growth"].notna() & prev["gdp"].notna() & (prev["gdp"] > 0)
    r0, r1 = prev["population_resident"], df["population_resident"]
    q0, q1 = prev["population_registered"], df["population_registered"]
    d = pd.DataFrame({
        "region": df["region"], "year": df["year"], "ok": ok, "both": consecutive,
        "wg": (prev["gdp"] * df["gdp_real_growth"]).where(ok), "w": prev["gdp"].where(ok),
        "res_ok": consecutive & r0.notna() & r1.notna() & (r0 > 0), "census": consecutive & (prev["pre"] == True) & ~df["pre"],  # noqa: E712
        "r0": r0, "r1": r1, "reg_ok": consecutive & q0.notna() & q1.notna() & (q0 > 0), "q0": q0, "q1": q1,
    })
    a = d.groupby(["region", "year"], sort=True).agg(
        rows=("year", "size"), n_ok=("ok", "sum"), n_both=("both", "sum"), wg=("wg", "sum"), w=("w", "sum"),
        n_res=("res_ok", "sum"), n_census=("census", "sum"), r0=("r0", "sum"), r1=("r1", "sum"),
        n_reg=("reg_ok", "sum"), q0=("q0", "sum"), q1=("q1", "sum")).reset_index()
    n_exp = a["region"].map(members)
    complete = a["n_ok"] == n_exp
    pop_complete = a["n_both"] == n_exp
    res_val = ((a["r1"] / a["r0"] - 1) * 100).where(pop_complete & (a["n_res"] == n_exp) & (a["n_census"] == 0))
    reg_val = ((a["q1"] / a["q0"] - 1) * 100).where(pop_complete & (a["n_reg"] == n_exp))
    pop = res_val.where(res_val.notna(), reg_val)
    basis = np.where(res_val.notna(), "resident", np.where(reg_val.notna(), "registered", None))
    g = (a["wg"] / a["w"]).where(complete)
    pc = ((1 + g / 100) / (1 + pop / 100) - 1) * 100
    gap = 100 * (g / 100 - pc / 100)
    method = np.select([~complete, pop.isna(), basis == "resident"], ["incomplete", "missing-population", "identity-resident-population"],
                       "identity-registered-population")
    # The note of an incomplete region-year names its missing members.
    incomplete = a.loc[~complete, ["region", "year"]]
    present_ok = df.loc[ok, ["region", "year", "city_zh"]]
    names = {}
    if len(incomplete):
        everyone = df[["region", "city_zh"]].drop_duplicates()
        grid = incomplete.merge(everyone, on="region")
        miss = grid.merge(present_ok, on=["region", "year", "city_zh"], how="left", indicator=True)
        miss = miss[miss["_merge"] == "left_only"]
        names = miss.groupby(["region", "year"], sort=False)["city_zh"].agg(", ".join).to_dict()
    note = [("missing real growth or previous-year GDP: " + names.get((r, y), "")) if not c else ""
            for r, y, c in zip(a["region"], a["year"], complete)]
    return pd.DataFrame({"unit": a["region"], "year": a["year"], "gdp_growth": g, "per_capita_growth": pc.where(complete), "gap_pp": gap.where(complete),
                         "population_growth": pop, "population_basis": basis, "method": method,
                         "n_units": a["n_ok"], "n_expected": n_exp, "note": note})


def structure_indices(s, l, p):
    """s, l: DataFrames of shares in % (columns 0..2); p: previous shares as fractions. Returns TS, H, TL, Moore, change."""
    total = s.sum(axis=1, skipna=False)
    frac = s / 100
    frac_ok = (frac >= 0).all(axis=1)
    h = (frac[0] + 2 * frac[1] + 3 * frac[2]).where(((total / 100 - 1).abs() <= SHARE_SUM_TOLERANCE) & frac_ok)
    ts = (s[2] / s[1]).where((s[1] > 0) & (s[2] >= 0))
    y = frac.div(frac.sum(axis=1), axis=0)
    ll = l.div(l.sum(axis=1), axis=0)
    tl = (y * np.log(y / ll)).sum(axis=1, min_count=3).where(l.notna().all(axis=1) & (total > 0))
    prev_ok = p.notna().all(axis=1) & (p >= 0).all(axis=1) & (p > 0).any(axis=1) & frac_ok & (total > 0)
    dot = (p * frac).sum(axis=1)
    moore = (dot / np.sqrt((p * p).sum(axis=1) * (frac * frac).sum(axis=1))).clip(-1, 1).where(prev_ok)
    change = (0.5 * (frac - p).abs().sum(axis=1)).where(prev_ok)
    return ts.where(s.notna().all(axis=1)), h, tl, moore, change


def structure_city(df):
    s = df[["primary_share", "secondary_share", "tertiary_share"]].set_axis([0, 1, 2], axis=1)
    l = df[["employment_primary_share", "employment_secondary_share", "employment_tertiary_share"]].set_axis([0, 1, 2], axis=1)
    prev, _ = lagged(df, ["primary_share", "secondary_share", "tertiary_share"])
    p = pd.DataFrame({0: prev["primary_share"], 1: prev["secondary_share"], 2: prev["tertiary_share"]}) / 100
    ts, h, tl, moore, change = structure_indices(s, l, p)
    total = s.sum(axis=1)
    note = np.where(s.isna().any(axis=1), "sector shares missing",
                    np.where(h.isna(), "shares sum to " + total.round(2).astype(str) + " %, so H is not computed", ""))
    return pd.DataFrame({"unit": df["city_zh"], "year": df["year"], "ts": ts, "h": h, "tl": tl, "moore_prev": moore, "change_prev": change, "note": note})


def structure_region(df):
    va = df[["primary_va", "secondary_va", "tertiary_va"]].set_axis([0, 1, 2], axis=1)
    derived = df[["primary_share", "secondary_share", "tertiary_share"]].set_axis([0, 1, 2], axis=1).mul(df["gdp"], axis=0) / 100
    published = va.notna().all(axis=1)
    va = va.where(pd.DataFrame({k: published for k in va.columns}), derived)
    emp = df[["employment_primary_share", "employment_secondary_share", "employment_tertiary_share"]].set_axis([0, 1, 2], axis=1).mul(df["employment"], axis=0) / 100
    d = pd.concat([df[["region", "year"]], va.add_prefix("v"), emp.add_prefix("e"),
                   va.notna().all(axis=1).rename("va_ok"), emp.notna().all(axis=1).rename("emp_ok")], axis=1)
    a = d.groupby(["region", "year"], sort=True).agg(
        n=("year", "size"), va_ok=("va_ok", "sum"), emp_ok=("emp_ok", "sum"),
        v0=("v0", "sum"), v1=("v1", "sum"), v2=("v2", "sum"), e0=("e0", "sum"), e1=("e1", "sum"), e2=("e2", "sum")).reset_index()
    n_exp = a["region"].map(df.groupby("region")["city_zh"].nunique())
    vt = a[["v0", "v1", "v2"]].sum(axis=1)
    s = (100 * a[["v0", "v1", "v2"]].div(vt, axis=0)).set_axis([0, 1, 2], axis=1).where((a["va_ok"] == n_exp) & (vt > 0), axis=0)
    et = a[["e0", "e1", "e2"]].sum(axis=1)
    l = (100 * a[["e0", "e1", "e2"]].div(et, axis=0)).set_axis([0, 1, 2], axis=1).where((a["emp_ok"] == n_exp) & (et > 0), axis=0)
    consecutive = a.groupby("region", sort=False)["year"].shift(1) == a["year"] - 1
    p = pd.DataFrame({k: s[k].groupby(a["region"]).shift(1).where(consecutive) for k in [0, 1, 2]}) / 100
    ts, h, tl, moore, change = structure_indices(s, l, p)
    return pd.DataFrame({"unit": a["region"], "year": a["year"], "secondary_share": s[1], "ts": ts, "h": h, "tl": tl, "moore_prev": moore, "change_prev": change})


def region_shares(df, variable="gdp"):
    d = df[["region", "year", variable]]
    a = d.groupby(["year", "region"], sort=True).agg(value=(variable, "sum"), n=("year", "size"), ok=(variable, "count")).reset_index()
    a["complete"] = a["ok"] == a["n"]
    a["value"] = a["value"].where(a["complete"])
    tot = a.groupby("year")["value"].transform(lambda v: v.sum(min_count=len(v)))
    a["total"] = tot
    a["share"] = (a["value"] / a["total"]).where(a["total"] != 0)
    return a


def theil_parts(v, grp):
    mu = v.mean()
    n = len(v)
    s = v / mu
    t = float((s * np.log(s)).mean())
    l_ = float(np.log(mu / v).mean())
    gm = v.groupby(grp).agg(["mean", "size"])
    t_between = float(((gm["size"] / n) * (gm["mean"] / mu) * np.log(gm["mean"] / mu)).sum())
    l_between = float(((gm["size"] / n) * np.log(mu / gm["mean"])).sum())
    return t, t - t_between, t_between, l_, l_ - l_between, l_between


def disparity(df):
    rows = []
    for year, d in df.groupby("year", sort=True):
        v = d["gdp_per_capita"].dropna()
        grp = d.loc[v.index, "region"]
        n = len(v)
        if n < 2:
            rows.append({"year": year})
            continue
        mu = v.mean()
        cv = float(np.sqrt(((v - mu) ** 2).mean()) / mu)
        x = np.sort(v.to_numpy())
        i = np.arange(1, n + 1)
        gini = float((2 * (i * x).sum()) / (n * x.sum()) - (n + 1) / n)
        t, tw, tb, l_, lw, lb = theil_parts(v, grp)
        rows.append({"year": year, "cv": cv, "gini": gini, "theil_t": t, "theil_t_between": tb, "theil_t_within": tw, "theil_l": l_, "theil_l_within": lw})
    return pd.DataFrame(rows)


def convergence(df, first, last):
    w = df.pivot(index="city_zh", columns="year", values="gdp_per_capita")
    region = df.groupby("city_zh")["region"].first()
    out = []
    for scope in ["all"] + REGIONS:
        m = w if scope == "all" else w[region.reindex(w.index) == scope]
        both = m[[first, last]].dropna()
        x = np.log(both[first])
        gr = np.log(both[last] / both[first]) / (last - first)
        beta = float(((x - x.mean()) * (gr - gr.mean())).sum() / ((x - x.mean()) ** 2).sum()) if len(both) >= 3 else None
        bal = np.log(m.loc[:, first:last].dropna())
        sd = bal.std(axis=0, ddof=0)
        years = np.array(sd.index, dtype=float)
        trend = float(np.polyfit(years, sd.to_numpy(), 1)[0]) if len(bal) >= 2 else None
        out.append({"scope": scope, "n_beta": len(both), "beta": beta, "sd_log_to": float(sd.iloc[-1]), "sigma_trend": trend})
    return pd.DataFrame(out)


def transfer(df, years=(2000, 2005, 2010, 2015, 2020)):
    d = df[df["year"].isin(years)]
    a = d.groupby(["year", "region"])["secondary_va"].sum().unstack()[REGIONS]
    share = 100 * a.div(a.sum(axis=1), axis=0)
    change = share - share.iloc[0]
    sectors = ["primary_va", "secondary_va", "tertiary_va"]
    ss = []
    pairs = list(zip(years[:-1], years[1:])) + [(years[0], years[-1])]
    tot = d.groupby("year")[sectors].sum()
    reg = d.groupby(["year", "region"])[sectors].sum()
    for y0, y1 in pairs:
        n0, n1 = tot.loc[y0], tot.loc[y1]
        g_nat = n1.sum() / n0.sum() - 1
        for scope in REGIONS + ["periphery"]:
            if scope == "periphery":
                r0 = reg.loc[y0].drop("PRD").sum()
                r1 = reg.loc[y1].drop("PRD").sum()
            else:
                r0, r1 = reg.loc[(y0, scope)], reg.loc[(y1, scope)]
            g_ind = n1 / n0 - 1
            shift = r1 - r0 * (1 + g_ind)
            ss.extend(list(shift))
            ss.append(float(shift.sum()))
    return share, change, pd.Series(ss, dtype="float64")


def answer(case, df):
    last = int(df["year"].max())
    first = int(df["year"].min())
    if case == "growthGapTable-city":
        r = growth_city(df)
        out = {"rows": len(r), **stats(r["gap_pp"], "gap_pp"), **stats(r["population_growth"], "population_growth")}
        out.update({f"method:{k}": int(v) for k, v in r["method"].value_counts().items()})
        return out
    if case == "growthGapTable-region":
        r = growth_region(df)
        out = {"rows": len(r), **stats(r["gap_pp"], "gap_pp"), **stats(r["population_growth"], "population_growth")}
        out.update({f"method:{k}": int(v) for k, v in r["method"].value_counts().items()})
        return out
    if case == "structureTable-city":
        r = structure_city(df)
        return {"rows": len(r), **{k: v for c in ["ts", "h", "tl", "moore_prev", "change_prev"] for k, v in stats(r[c], c).items()}}
    if case == "structureTable-region":
        r = structure_region(df)
        return {"rows": len(r), **{k: v for c in ["secondary_share", "ts", "h", "tl", "moore_prev"] for k, v in stats(r[c], c).items()}}
    if case == "regionShares":
        r = region_shares(df)
        return {"rows": len(r), **stats(r["share"], "share"), **stats(r["value"], "value")}
    if case == "disparityTable":
        r = disparity(df)
        return {"rows": len(r), **{k: v for c in ["cv", "gini", "theil_t", "theil_t_between", "theil_l_within"] for k, v in stats(r[c], c).items()}}
    if case == "convergenceTable":
        r = convergence(df, first, last)
        return {"rows": len(r), **{k: v for c in ["beta", "n_beta", "sd_log_to", "sigma_trend"] for k, v in stats(r[c], c).items()}}
    if case == "transferTable":
        share, change, ss = transfer(df)
        return {"rows": int(share.size), **stats(share.to_numpy().ravel(), "share"), **stats(change.to_numpy().ravel(), "change_pp"), **stats(ss, "regional_shift")}
    raise SystemExit(f"unknown case {case}")


def main() -> None:
    if len(sys.argv) == 2:  # legacy interface (bench/firms.ts)
        df = prepare(pd.read_csv(sys.argv[1]))
        t = {}
        s = time.perf_counter()
        city = growth_city(df)
        t["by_city"] = time.perf_counter() - s
        s = time.perf_counter()
        region = growth_region(df)
        t["by_region"] = time.perf_counter() - s
        t["compute"] = t["by_city"] + t["by_region"]
        print(json.dumps({"engine": f"pandas {pd.__version__}", "seconds": t, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                          "answers": {"city_rows": len(city), "city_gaps": int(city["gap_pp"].notna().sum()), "city_gap_sum": float(city["gap_pp"].sum()),
                                      "region_gaps": int(region["gap_pp"].notna().sum()), "region_gap_sum": float(region["gap_pp"].sum())}}))
        return
    case, path = sys.argv[1], sys.argv[2]
    raw = pd.read_csv(path, dtype={"city_zh": "string", "region": "string", "flags": "string"}, keep_default_na=True)
    s = time.perf_counter()
    df = prepare(raw)
    ans = answer(case, df)
    ms = (time.perf_counter() - s) * 1000
    print(json.dumps({"engine": f"pandas {pd.__version__}", "ms": ms, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "answer": ans}))


if __name__ == "__main__":
    main()
