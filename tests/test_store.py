"""The DuckDB store: seeding, idempotent and transactional ingest, rebuild, schema versions, locks, queries."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from synthetic import make_corpus

from devzone import compare, pipeline
from devzone.ingest import add_bytes, ingest_paths, open_store, rebuild
from devzone.pipeline import extract_file
from devzone.schema import ArticleRecord
from devzone.store import SCHEMA_VERSION, Store, StoreError, StoreLockedError
from devzone_app import data as app_data

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def store_path(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "store" / "devzone.duckdb"
    monkeypatch.setenv("DEVZONE_STORE", str(path))
    return path


def test_first_open_builds_the_store_from_seeds(store_path):
    store = open_store()
    assert store.path == store_path and store_path.exists()
    tables = store.tables()
    assert set(tables) >= {"documents", "targets", "industries", "enterprises"}
    docs = tables["documents"]
    assert sorted(docs["file"]) == sorted(p.name for p in SEEDS.iterdir())
    assert set(docs["origin"]) == {"seed"}
    fresh = [extract_file(p) for p in sorted(SEEDS.iterdir())]
    assert len(tables["industries"]) == sum(len(f.industries) for f in fresh)
    assert len(tables["targets"]) == sum(len(f.targets) for f in fresh)
    # opening again does not seed twice
    assert open_store().count() == len(fresh)


def test_ingest_is_idempotent_by_cleaned_text(store_path, tmp_path):
    store = open_store()
    before = store.counts()
    assert ingest_paths(store, [SEEDS]) == (0, before["documents"], [])
    # the same article under another name, with different line endings, is still one article
    copy = tmp_path / "copy_of_seed.txt"
    data = (SEEDS / "003_18882af5e8b1ad4b.txt").read_bytes().replace(b"\n", b"\r\n")
    copy.write_bytes(data)
    added, dupes, errors = ingest_paths(store, [copy])
    assert (added, dupes, errors) == (0, 1, [])
    assert store.counts() == before


def test_user_article_is_stored_once_and_readable(store_path, tmp_path):
    store = open_store()
    path = make_corpus(1, tmp_path / "c", seed=5)[0]
    data = path.read_bytes()
    facts, added = add_bytes(store, data, "我的文章.txt", origin="user")
    assert added
    facts2, added2 = add_bytes(store, data, "again.txt", origin="user")
    assert not added2 and facts2.content_hash == facts.content_hash
    docs = store.tables()["documents"]
    mine = docs[docs["file"] == "我的文章.txt"]
    assert list(mine["origin"]) == ["user"]
    text = store.article_text("我的文章.txt")
    assert text == facts.article.body and facts.zone.zone in text


def test_an_article_is_written_all_or_nothing(store_path, tmp_path, monkeypatch):
    store = open_store()
    before = store.counts()
    facts = extract_file(make_corpus(1, tmp_path / "c", seed=9)[0])
    facts.targets = [{"file": facts.article.file, "zone": facts.zone.zone, "kind": "target", "metric": "项目",
                      "value": 5, "unit": "个", "comparator": "=", "year": 2022, "sentence": "x"}]
    real = ArticleRecord.fact_values

    def failing(self, table):
        if table == "enterprises":  # after documents and targets rows went in
            raise RuntimeError("disk full")
        return real(self, table)

    monkeypatch.setattr(ArticleRecord, "fact_values", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        store.add_facts(facts)
    assert store.counts() == before
    assert not store.has(facts.content_hash)
    monkeypatch.setattr(ArticleRecord, "fact_values", real)
    assert store.add_facts(facts)
    assert store.counts()["targets"] == before["targets"] + 1


def test_rebuild_after_a_rule_change_keeps_user_articles(store_path, tmp_path, monkeypatch):
    store = open_store()
    path = make_corpus(1, tmp_path / "c", seed=3)[0]
    add_bytes(store, path.read_bytes(), path.name, origin="user")
    n_docs = store.count()

    def new_rule(article, deadline=None, own=None):
        return [{"kind": "target", "metric": "新规则", "value": len(article.body), "unit": "字",
                 "comparator": "=", "year": None, "sentence": article.body[:20]}]

    added_before = dict(zip(store.tables()["documents"]["file"], store.tables()["documents"]["added_at"], strict=True))
    monkeypatch.setattr(pipeline, "extract_targets", new_rule)
    assert rebuild(store) == (n_docs, [])
    tables = store.tables()
    assert len(tables["documents"]) == n_docs
    assert set(tables["documents"]["origin"]) == {"seed", "user"}
    assert dict(zip(tables["documents"]["file"], tables["documents"]["added_at"], strict=True)) == added_before
    assert path.name in set(tables["documents"]["file"])
    targets = tables["targets"]
    assert list(targets["metric"].unique()) == ["新规则"] and len(targets) == n_docs
    mine = targets[targets["file"] == path.name]
    assert mine["value"].iloc[0] == len(store.article_text(path.name))


def _make_v1_store(path: Path) -> None:
    """A store as the first version of devzone wrote it (schema 1)."""
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    doc_cols = ", ".join(f'"{c}" VARCHAR' for c in pipeline.TABLE_COLUMNS["documents"] if c != "content_hash")
    con.execute(f"""CREATE TABLE documents (content_hash VARCHAR PRIMARY KEY, {doc_cols}, origin VARCHAR,
        added_at TIMESTAMP DEFAULT current_timestamp, raw_text VARCHAR, body VARCHAR)""")
    for name in ("targets", "industries", "enterprises"):
        cols = ", ".join(f'"{c}" VARCHAR' for c in pipeline.TABLE_COLUMNS[name])
        con.execute(f"CREATE TABLE {name} (content_hash VARCHAR, {cols})")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO documents (content_hash, file, zone, title, origin, raw_text, body) VALUES "
                "('abc', 'old.txt', '金华经济技术开发区', '旧文章', 'user', '原文', '正文')")
    con.execute("INSERT INTO targets (content_hash, file, zone, kind, value, unit) VALUES "
                "('abc', 'old.txt', '金华经济技术开发区', 'target', '10', '个'), "
                "('abc', 'old.txt', '金华经济技术开发区', 'achievement', '2.5', '亿元')")
    con.close()


def test_an_old_schema_is_upgraded_in_place(tmp_path):
    path = tmp_path / "v1.duckdb"
    _make_v1_store(path)
    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION == 6
    tables = store.tables()
    assert list(tables["documents"]["file"]) == ["old.txt"]
    assert list(tables["targets"]["value"]) == [10.0, 2.5]
    assert list(store.query("SELECT seq FROM targets ORDER BY seq")["seq"]) == [0, 1]
    assert store.stale_count() == 1  # rows from unknown rules: a rebuild will refresh them
    assert store.article_text("old.txt") == "正文"


def test_a_v2_store_gains_indicator_and_measure_and_turns_stale(tmp_path):
    path = tmp_path / "v2.duckdb"
    _make_v1_store(path)
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE targets DROP COLUMN indicator")
    con.execute("ALTER TABLE targets DROP COLUMN measure")
    con.execute("ALTER TABLE documents ADD COLUMN rules VARCHAR")
    for name in ("targets", "industries", "enterprises"):
        con.execute(f"ALTER TABLE {name} ADD COLUMN seq INTEGER")
    con.execute("UPDATE documents SET rules = 'old-rules'")
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.close()
    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION
    assert {"indicator", "measure"} <= set(store.tables()["targets"].columns)
    assert store.stale_count() == 1


def test_a_v3_store_gains_place_dates_and_period_and_turns_stale(tmp_path):
    path = tmp_path / "v3.duckdb"
    store = Store(path)
    ingest_paths(store, [SEEDS])
    con = duckdb.connect(str(path))
    for col in ("place", "reference_date", "date_source"):
        con.execute(f'ALTER TABLE documents DROP COLUMN "{col}"')
    con.execute('ALTER TABLE targets DROP COLUMN "period"')
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.close()
    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION == 6
    tables = store.tables()
    assert {"place", "reference_date", "date_source"} <= set(tables["documents"].columns)
    assert "period" in tables["targets"].columns
    assert store.stale_count() == store.count()


def test_every_stored_article_has_its_content_words_counted(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    ingest_paths(store, [SEEDS])
    assert store.articles_without_terms() == []
    counts = store.zone_term_counts()
    assert list(counts.columns) == ["zone", "term", "count"] and set(counts["zone"]) == set(store.facets()["zones"])
    one = counts["zone"].iloc[0]
    assert set(store.zone_term_counts([one])["zone"]) == {one}


def test_the_latest_figures_reduced_in_sql_compare_as_every_figure_does(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    ingest_paths(store, [SEEDS, ROOT / "tests" / "fixtures" / "progress"])
    dates = store.filter_documents()[["file", "publish_date"]].drop_duplicates("file")
    every = store.filter_targets(zone_info=False).merge(dates, on="file", how="left")
    cols = ["zone", "kind", "indicator", "measure", "unit", "value", "comparator", "year", "period", "file", "n"]

    def panels(figures):
        return compare.latest_figures(compare.indicator_figures(figures))[cols].reset_index(drop=True)

    reduced = store.latest_figures(["indicator", "measure", "unit_norm", "zone", "kind"], compare.period_months)
    assert len(reduced) < len(every)
    pd.testing.assert_frame_equal(panels(reduced), panels(every))

    parts = compare.part_scope_pattern()  # as the dashboard asks: a project's figure never stands for its group
    targets = store.latest_figures(compare.PROGRESS_TARGET_KEYS, compare.period_months, kinds=["target"])
    reports = store.latest_figures(compare.PROGRESS_REPORT_KEYS, compare.period_months, kinds=["achievement"],
                                   exclude=parts)
    by_sql = compare.progress_pairs(targets, reports)
    assert by_sql["share"].notna().any()  # the fixture's plan and review meet
    pd.testing.assert_frame_equal(by_sql, compare.progress(every))


def _zone_summary_by_pandas(tables, groups, metric, category, unit, top_n=3):
    """The overview's per-zone counts, headline target and top industries, computed over every row in pandas."""
    tg = tables["targets"].assign(zone=lambda d: d["zone"].map(lambda z: groups.get(z, z)).fillna(""))
    ind = tables["industries"].assign(zone=lambda d: d["zone"].map(lambda z: groups.get(z, z)).fillna(""))
    size = tg["value_norm"].where(tg["value_norm"].notna(), tg["value"])
    chosen = (tg["kind"] == "target") & size.notna() & (
        tg["metric"].fillna("").str.contains(metric) | tg["category"].fillna("").str.contains(category)) & (
        tg["unit_norm"].fillna("").str.contains(unit) | tg["unit"].fillna("").str.contains(unit))
    rows = []
    for zone in sorted(set(tg["zone"]) | set(ind["zone"]) - {""}):
        z = tg[tg["zone"] == zone]
        head = size[chosen & (tg["zone"] == zone)]
        best = tg.loc[head.idxmax()] if len(head) else None  # the first stored of the largest
        names = ind.loc[ind["zone"] == zone, "canonical"].where(lambda c: c.fillna("") != "",
                                                                 ind.loc[ind["zone"] == zone, "industry"])
        counts = names[names.fillna("") != ""].value_counts(sort=False)  # in order of first appearance
        top = sorted(counts.index, key=lambda n: -counts[n])[:top_n]
        rows.append({"zone": zone, "targets_n": int((z["kind"] == "target").sum()),
                     "achievements_n": int((z["kind"] == "achievement").sum()),
                     "headline": None if best is None else (best["metric"], best["value"], best["unit"]),
                     "industries_n": len(counts), "top_industries": top})
    return pd.DataFrame(rows)


@pytest.mark.parametrize("grouped", [False, True])
def test_the_zone_summaries_counted_in_sql_match_every_row_counted(tmp_path, grouped):
    store = Store(tmp_path / "s.duckdb")
    ingest_paths(store, [SEEDS, *make_corpus(12, tmp_path / "c", seed=4)])
    tables = store.tables()
    zones = sorted(set(tables["documents"]["zone"]) - {""})
    # grouped: every other zone compared under one shared name (as a city holds several zones)
    groups = {z: "甲市" for z in zones[::2]} if grouped else {}
    rule = {"headline_metric": "投资|投入|投产|项目", "headline_category": "投资", "headline_unit": "元"}
    figures = store.zone_target_summary(groups=groups, **rule)
    industries = store.zone_industry_summary(groups=groups)
    want = _zone_summary_by_pandas(tables, groups, *rule.values())
    got = figures.merge(industries, on="zone", how="outer").fillna({"targets_n": 0, "achievements_n": 0,
                                                                    "industries_n": 0})
    assert list(got["zone"]) == list(want["zone"]) and len(got) >= 3
    for col in ("targets_n", "achievements_n", "industries_n"):
        assert got[col].astype(int).tolist() == want[col].tolist(), col
    assert [list(t) if hasattr(t, "__len__") else [] for t in got["top_industries"]] \
        == want["top_industries"].tolist()
    heads = [None if pd.isna(m) else (m, v, u) for m, v, u in
             zip(got["headline_metric"], got["headline_value"], got["headline_unit"], strict=True)]
    assert heads == want["headline"].tolist() and any(heads)
    one = zones[0]
    only = store.zone_target_summary(zones=[one], kinds=["target"], groups=groups, **rule)
    assert only["zone"].tolist() == [groups.get(one, one)]
    assert only["achievements_n"].tolist() == [0]


def test_a_v5_store_gains_the_official_zone_name_and_turns_stale(tmp_path):
    path = tmp_path / "v5.duckdb"
    store = Store(path)
    ingest_paths(store, [SEEDS])
    con = duckdb.connect(str(path))
    con.execute('ALTER TABLE documents DROP COLUMN "zone_official"')
    con.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    con.close()
    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION == 6
    assert "zone_official" in store.tables()["documents"].columns
    assert store.stale_count() == store.count()  # rebuild fills it (and the zone names it goes with)


def test_a_v4_store_gains_term_counts_when_a_command_opens_it(tmp_path):
    path = tmp_path / "v4.duckdb"
    store = Store(path)
    ingest_paths(store, [SEEDS])
    counts = store.zone_term_counts().sort_values(["zone", "term"], ignore_index=True)
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE terms")
    con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    con.close()
    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION and store.zone_term_counts().empty
    assert len(store.articles_without_terms()) == store.count()
    store = open_store(path)  # what every command line does: counts the words of the articles lacking them
    assert store.articles_without_terms() == []
    pd.testing.assert_frame_equal(store.zone_term_counts().sort_values(["zone", "term"], ignore_index=True), counts)


def test_a_newer_schema_is_refused_with_advice(tmp_path):
    path = tmp_path / "new.duckdb"
    Store(path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError) as e:
        Store(path)
    msg = str(e.value)
    assert str(path) in msg and "v99" in msg and "newer devzone" in msg and "DEVZONE_STORE" in msg


def test_a_locked_store_gives_a_clear_error(tmp_path):
    path = tmp_path / "locked.duckdb"
    Store(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); "
         "sys.stdin.read()", str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError) as e:
            Store(path, lock_timeout=0.3).count()
        assert str(path) in str(e.value) and "locked by another process" in str(e.value)
        assert f"PID {holder.pid}" in str(e.value)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert Store(path, lock_timeout=0.3).count() == 0  # released: usable again


def test_no_connection_is_held_between_operations(store_path):
    store = open_store()
    store.count()
    # another process can write while this Store object is alive
    r = subprocess.run([sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
                        "c.execute(\"INSERT INTO meta VALUES ('note', 'x')\")", str(store_path)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def _fake_facts(path: Path, zone: str, rows: list[tuple]):
    facts = extract_file(path)
    facts.zone = type(facts.zone)(zone, known=True, province="浙江", level="国家级")
    facts.targets = [{"file": facts.article.file, "zone": zone, "kind": k, "metric": m, "value": v, "unit": u,
                      "comparator": "=", "year": y, "sentence": f"{m}{v}{u}", "category": c}
                     for k, m, v, u, y, c in rows]
    facts.industries = [{"file": facts.article.file, "zone": zone, "industry": "生物医药", "sentence": "s",
                         "canonical": "生物医药", "category": "医药"}]
    return facts


def test_dashboard_filter_queries(tmp_path):
    store = Store(tmp_path / "q.duckdb")
    a, b = make_corpus(2, tmp_path / "c", seed=11)
    store.add_facts(_fake_facts(a, "甲开发区", [("target", "产值", 100, "亿元", 2022, "经济"),
                                                ("achievement", "项目", 12, "个", 2021, "项目"),
                                                ("target", "项目", 30, "个", 2022, "项目")]))
    store.add_facts(_fake_facts(b, "乙开发区", [("target", "产值", 50.5, "亿元", 2023, "经济")]))
    all_rows = store.filter_targets()
    assert len(all_rows) == 4
    only_a = store.filter_targets(zones=["甲开发区"])
    assert set(only_a["zone"]) == {"甲开发区"} and len(only_a) == 3
    assert list(store.filter_targets(zones=["甲开发区"], kinds=["target"], years=[2022])["value"]) == [100.0, 30.0]
    econ = store.filter_targets(categories=["经济"])
    assert sorted(econ["value"]) == [50.5, 100.0] and set(econ["province"]) == {"浙江"}
    assert store.filter_targets(years=2023)["zone"].tolist() == ["乙开发区"]
    assert store.filter_targets(zones=[]).empty
    summary = store.zone_summary().set_index("zone")
    assert summary.loc["甲开发区", "targets"] == 2 and summary.loc["甲开发区", "achievements"] == 1
    assert summary.loc["乙开发区", "industries"] == 1
    facets = store.facets()
    assert facets["zones"] == sorted(["甲开发区", "乙开发区"]) and facets["years"] == ["2021", "2022", "2023"]
    assert len(store.filter_industries(zones="乙开发区")) == 1
    assert len(store.filter_industries(canonical=["生物医药"])) == 2
    assert store.filter_industries(names=["新材料"]).empty
    assert set(store.filter_targets(files=[b.name])["zone"]) == {"乙开发区"}
    # the dashboard's form (no join, no sort) returns the same rows
    fast = store.filter_targets(zones=["甲开发区"], kinds=["target"], zone_info=False)
    slow = store.filter_targets(zones=["甲开发区"], kinds=["target"])
    assert sorted(fast["fact_id"]) == sorted(slow["fact_id"]) and len(set(fast["fact_id"])) == 2
    with pytest.raises(ValueError):
        store.filter_targets(provinces=["浙江"], zone_info=False)


def test_fact_ids_are_stable_and_match_the_dashboard(tmp_path):
    store = Store(tmp_path / "q.duckdb")
    (a,) = make_corpus(1, tmp_path / "c", seed=12)
    store.add_facts(_fake_facts(a, "甲开发区", [("target", "产值", 100, "亿元", 2022, "经济"),
                                                ("target", "产值", 100, "亿元", 2022, "经济")]))
    rows = store.filter_targets()
    assert rows["fact_id"].is_unique  # two equal figures are still two facts
    assert list(rows["fact_id"]) == [app_data.fact_id(r) for r in rows.to_dict("records")]
    assert list(store.tables()["targets"]["fact_id"]) == list(rows["fact_id"])


def test_export_writes_the_contract_tables(store_path, tmp_path):
    import pandas as pd

    store = open_store()
    written = store.export(tmp_path / "out")
    assert sorted(p.name for p in written) == ["documents.csv", "enterprises.csv", "industries.csv", "targets.csv"]
    docs = pd.read_csv(tmp_path / "out" / "documents.csv", encoding="utf-8-sig", dtype=str)
    assert {"file", "zone", "publish_date", "title"} <= set(docs.columns) and len(docs) == 5
    targets = pd.read_csv(tmp_path / "out" / "targets.csv", encoding="utf-8-sig", dtype=str)
    assert {"file", "zone", "kind", "metric", "value", "unit", "comparator", "year", "sentence"} <= set(targets.columns)


def test_a_file_that_is_not_a_store_is_reported(tmp_path):
    bad = tmp_path / "bad.duckdb"
    shutil.copy(SEEDS / "000_31c216f3dfbd08c8.txt", bad)
    with pytest.raises(StoreError) as e:
        Store(bad)
    assert str(bad) in str(e.value)


def test_the_overview_headline_breaks_a_tie_by_the_listed_order_not_by_when_it_was_added(tmp_path):
    """Two articles of one zone plan the same largest sum; the headline is the one listed first (by file),
    whichever was added first — as the export and the figures table list them."""
    zone = "嵊州经济开发区"
    texts = {"a.txt": f"{zone}今年计划完成工业投资50亿元。", "b.txt": f"{zone}今年计划完成固定资产投资50亿元。"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    heads = []
    for order in (["b.txt", "a.txt"], ["a.txt", "b.txt"]):
        store = Store(tmp_path / f"{order[0]}.duckdb")
        ingest_paths(store, [tmp_path / name for name in order])
        summary = store.zone_target_summary(headline_metric="投资", headline_unit="元")
        heads.append(summary.set_index("zone").loc[zone, "headline_metric"])
    assert heads[0] == heads[1] and "工业投资" in heads[0]
