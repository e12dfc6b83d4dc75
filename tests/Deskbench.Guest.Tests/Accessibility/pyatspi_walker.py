#!/usr/bin/python3
"""Reference walker for the parity tests and `deskbench bench a11y`: builds the OSWorld accessibility XML with pyatspi.

It follows the semantics of OSWorld's Linux /accessibility endpoint (desktop_env/server/main.py): one subtree per
application built on a thread pool, states, object attributes, extents for visible+showing nodes, text, image/selection
flags, values, actions, depth 50, width 1024, and LibreOffice Calc tables walked by showing cells only.

Usage: pyatspi_walker.py [--repeat N] [--pause SECONDS] [--timings]
  prints one JSON line per walk: {"seconds": float, "xml": str}, or with --timings {"seconds": float, "nodes": int};
  --pause waits that long (untimed) before each walk, as an agent reads once per step
"""
import concurrent.futures
import json
import subprocess
import sys
import time

import pyatspi
from lxml import etree

BASE = "https://accessibility.ubuntu.example.org/ns/"
NS = {
    "st": BASE + "state",
    "attr": BASE + "attributes",
    "cp": BASE + "component",
    "doc": BASE + "document",
    "docattr": BASE + "document/attributes",
    "txt": BASE + "text",
    "val": BASE + "value",
    "act": BASE + "action",
}
DEPTH_LIMIT = 50
WIDTH_LIMIT = 1024


def calc_columns():
    try:
        out = subprocess.run(["libreoffice", "--version"], capture_output=True, text=True, timeout=60).stdout
        version = tuple(int(p) for p in out.split()[1].split("."))
    except Exception:
        return 16384
    return 1024 if version < (7, 4) else 16384


COLUMNS = None


def q(ns, local):
    return "{" + NS[ns] + "}" + local


def build(acc, depth, mode=None):
    attrs = {"name": acc.name}
    for state in acc.getState().get_states():
        label = pyatspi.StateType._enum_lookup[state].split("_", 1)[1].lower()
        if label:
            attrs[q("st", label)] = "true"
    for key, value in acc.get_attributes().items():
        if key:
            attrs[q("attr", key)] = value
    if attrs.get(q("st", "visible")) == "true" and attrs.get(q("st", "showing")) == "true":
        try:
            comp = acc.queryComponent()
        except NotImplementedError:
            pass
        else:
            box = comp.getExtents(pyatspi.XY_SCREEN)
            attrs[q("cp", "screencoord")] = str(tuple(box[0:2]))
            attrs[q("cp", "size")] = str(tuple(box[2:]))
    content = ""
    try:
        txt = acc.queryText()
        content = txt.getText(0, txt.characterCount).replace("\ufffc", "").replace("\ufffd", "")
    except NotImplementedError:
        pass
    for flag, probe in (("image", acc.queryImage), ("selection", acc.querySelection)):
        try:
            probe()
            attrs[flag] = "true"
        except NotImplementedError:
            pass
    try:
        val = acc.queryValue()
        for label, read in (("value", lambda: val.currentValue), ("min", lambda: val.minimumValue),
                            ("max", lambda: val.maximumValue), ("step", lambda: val.minimumIncrement)):
            try:
                attrs[q("val", label)] = str(read())
            except Exception:
                pass
    except NotImplementedError:
        pass
    try:
        act = acc.queryAction()
        for i in range(act.nActions):
            label = act.getName(i).replace(" ", "-")
            attrs[q("act", label + "_desc")] = act.getDescription(i)
            attrs[q("act", label + "_kb")] = act.getKeyBinding(i)
    except NotImplementedError:
        pass
    role = acc.getRoleName().strip()
    tag = (role or "unknown").replace(" ", "-")
    if not mode:
        if role == "document spreadsheet":
            mode = "calc"
        if role == "application" and acc.name == "Thunderbird":
            mode = "thunderbird"
    element = etree.Element(tag, attrib=attrs, nsmap=NS)
    if content:
        element.text = content
    if depth == DEPTH_LIMIT:
        return element
    if mode == "calc" and tag == "table":
        walk_showing_cells(acc, element, depth, mode)
        return element
    try:
        for i, child in enumerate(acc):
            if i == WIDTH_LIMIT:
                break
            element.append(build(child, depth + 1, mode))
    except Exception:
        pass
    return element


def walk_showing_cells(table, element, depth, mode):
    # Cells are indexed row * COLUMNS + column. Rows are scanned until one whose first candidate cell is hidden;
    # within a row, cells from the first showing column on until the first hidden one.
    start = None
    row_offset = 0
    for row in range(1048576):
        column = start or 0
        while column < COLUMNS:
            cell = table[row_offset + column]
            if cell.getState().contains(pyatspi.STATE_SHOWING):
                element.append(build(cell, depth + 1, mode))
                if start is None:
                    start = column
            elif start is not None or column >= 500:
                break
            column += 1
        if start is not None and column == start or start is None and row >= 500:
            break
        row_offset += COLUMNS


def walk():
    root = etree.Element("desktop-frame", nsmap=NS)
    desktop = pyatspi.Registry.getDesktop(0)
    with concurrent.futures.ThreadPoolExecutor() as pool:
        for future in concurrent.futures.as_completed([pool.submit(build, app, 1) for app in desktop]):
            root.append(future.result())
    return etree.tostring(root, encoding="unicode")


def main():
    global COLUMNS
    COLUMNS = calc_columns()
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 1
    pause = float(sys.argv[sys.argv.index("--pause") + 1]) if "--pause" in sys.argv else 0.0
    for _ in range(repeat):
        if pause > 0:
            time.sleep(pause)
        started = time.perf_counter()
        xml = walk()
        seconds = time.perf_counter() - started
        if "--timings" in sys.argv:
            print(json.dumps({"seconds": seconds, "nodes": sum(1 for _ in etree.fromstring(xml).iter()) - 1}), flush=True)
        else:
            print(json.dumps({"seconds": seconds, "xml": xml}), flush=True)


if __name__ == "__main__":
    main()
