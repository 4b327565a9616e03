#!/usr/bin/env python3
"""Derives core's region data (gbt2260.tsv) from the yescallop/areacodes dataset.

Usage: derive.py AREACODES_DIR OUTPUT_TSV

Reads AREACODES_DIR/result.csv (checked against the SHA-256 below) and AREACODES_DIR/diff/*.diff,
and writes one row per (code, period) with its validity dates:
- a period's start (end) is the date of the change notice in diff/ whose '+' ('-') line names the
  code with the same name, in the diff into the row's first (end) year, when that notice gives a
  day within that year or the year before; the notice is listed in the N rows and cited by id;
- otherwise the year granularity of the table: each year's table is as of 31 December, so a row
  first listed in year Y is valid from Y-12-31 and a row last listed in year E-1 is valid until
  E-12-31 (exclusive).
Nothing else is changed: names, levels, statuses and successor codes are copied as they are.
"""
import csv, hashlib, os, re, sys

UPSTREAM_COMMIT = "eed219a"
UPSTREAM_SHA256 = "e3b69e8e13fcb3151b5cd6a03674f89e043f301f308dcb67283533f1a8239794"

DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(s):
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, b = s.split("十", 1)
        return (DIGITS[a] if a else 1) * 10 + (DIGITS[b] if b else 0)
    return int("".join(str(DIGITS[c]) for c in s))


DATE = re.compile(r"([0-9〇○零一二三四五六七八九]{4})\s*年\s*([0-9一二三四五六七八九十]{1,3})\s*月\s*([0-9一二三四五六七八九十]{1,3})\s*日")


def parse_date(text):
    m = DATE.search(text)
    if not m:
        return None
    try:
        y = int("".join(str(DIGITS.get(c, c)) for c in m.group(1)))
        return "%04d-%02d-%02d" % (y, cn_number(m.group(2)), cn_number(m.group(3)))
    except (KeyError, ValueError):
        return None


CHANGE = re.compile(r"^([+=-])(\d{6}) ([^<>]+?)(?:[<>].*)?$")


def read_diffs(directory):
    """(target year, sign, code, name) -> (date, title, number)"""
    notices = {}
    for fn in sorted(os.listdir(directory)):
        m = re.match(r"(\d{4})-(\d{4})\.diff$", fn)
        if not m:
            continue
        year = int(m.group(2))
        block, in_changes = [], False
        with open(os.path.join(directory, fn), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("#"):
                    if in_changes:
                        block, in_changes = [], False
                    block.append(line)
                    continue
                cm = CHANGE.match(line)
                if not cm:
                    continue
                in_changes = True
                title = next((l.lstrip("#").strip() for l in block if l.startswith("## ")), "")
                date = next((parse_date(l) for l in block if re.match(r"#\s*日期[：:]", l) and parse_date(l)), None)
                number = next((re.split(r"[：:]", l, 1)[1].strip() for l in block if re.match(r"#\s*文号[：:]", l)), "")
                if date:
                    notices[(year, cm.group(1), cm.group(2), cm.group(3).strip())] = (date, title, number)
    return notices


def main(src, out):
    path = os.path.join(src, "result.csv")
    raw = open(path, "rb").read()
    sha = hashlib.sha256(raw).hexdigest()
    if sha != UPSTREAM_SHA256:
        sys.exit("result.csv SHA-256 %s is not the recorded edition %s" % (sha, UPSTREAM_SHA256))
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))[1:]
    notices = read_diffs(os.path.join(src, "diff"))
    first_year = min(int(r[6]) for r in rows)
    notice_ids, notice_rows = {}, []

    def exact(year, sign, code, name):
        n = notices.get((year, sign, code, name))
        if not n:
            return None, ""
        if not ("%04d-01-01" % (year - 1) <= n[0] <= "%04d-12-31" % year):
            return None, ""
        if n not in notice_ids:
            notice_ids[n] = len(notice_ids) + 1
            notice_rows.append(n)
        return n[0], str(notice_ids[n])

    level = {"省级": "P", "地级": "F", "县级": "C"}
    status = {"在用": "U", "变更": "C", "弃用": "A"}
    out_rows, conflicts = [], []
    for code, _p, _f, name, lvl, st, start, end, succ in rows:
        s_year = int(start)
        s_date, s_src = (None, "")
        if s_year > first_year:
            s_date, s_src = exact(s_year, "+", code, name)
        if s_date is None:
            s_date = "%04d-12-31" % s_year
        e_date, e_src = ("", "")
        if end:
            e_date, e_src = exact(int(end), "-", code, name)
            if e_date is not None and e_date <= s_date:
                # a notice dated in the year before the end contradicts the start: year granularity
                e_date, e_src = None, ""
                conflicts.append(code)
            if e_date is None:
                e_date = "%04d-12-31" % int(end)
        out_rows.append([code, name, level[lvl], s_date, s_src, e_date or "", e_src, status[st], succ])
    # one code, successive periods: an end may not pass the next period's start
    by_code = {}
    for r in out_rows:
        by_code.setdefault(r[0], []).append(r)
    for code, rs in by_code.items():
        rs.sort(key=lambda r: r[3])
        for a, b in zip(rs, rs[1:]):
            if a[5] and a[5] > b[3]:
                sys.exit("overlap %s %s" % (a, b))
    out_rows.sort(key=lambda r: (r[0], r[3]))
    exact_starts = sum(1 for r in out_rows if r[4])
    exact_ends = sum(1 for r in out_rows if r[6])
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# GB/T 2260 county-level-and-above division codes with their history, 1981-2024.\n")
        f.write("# Derived by core/src/build/areacodes/derive.py from yescallop/areacodes (CC0 1.0), commit %s,\n" % UPSTREAM_COMMIT)
        f.write("# result.csv SHA-256 %s, %d rows; its sources: the Ministry of Civil Affairs'\n" % (sha, len(rows)))
        f.write("# code lists 中华人民共和国县级以上行政区划代码 and change notices 县级以上行政区划变更情况, the State\n")
        f.write("# Council Gazette (国务院公报) and the Ministry's division query platform (民政部 全国行政区划信息查询平台).\n")
        last_year = max(max(int(r[6]) for r in rows), max(int(r[7]) for r in rows if r[7]))
        f.write("# edition\t%s\trows\t%d\tfirst\t%04d-12-31\tlast\t%04d-12-31\tsha256\t%s\texactStarts\t%d\texactEnds\t%d\n"
                % (UPSTREAM_COMMIT, len(out_rows), first_year, last_year, sha, exact_starts, exact_ends))
        f.write("# N rows: notice id, date, title, document number (from diff/).\n")
        f.write("# R rows: code, name, level (P 省级, F 地级, C 县级), valid from, notice id of that date (empty: year\n")
        f.write("# granularity, the table as of 31 December), valid until (exclusive, empty: in use), notice id,\n")
        f.write("# status (U 在用, C 变更, A 弃用), successor codes as upstream (';'-separated, [year] when in another year).\n")
        for i, (d, t, n) in enumerate(notice_rows, 1):
            f.write("N\t%d\t%s\t%s\t%s\n" % (i, d, t.replace("\t", " "), n.replace("\t", " ")))
        for r in out_rows:
            f.write("R\t" + "\t".join(r) + "\n")
    print("end dates contradicting the start, year granularity used:", conflicts)
    print("rows", len(out_rows), "exact starts", exact_starts, "exact ends", exact_ends, "notices", len(notice_rows))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
