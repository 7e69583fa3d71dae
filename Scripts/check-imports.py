#!/usr/bin/env python3
"""Checks that Package.swift declares exactly the modules each target imports.

Reads the manifest with `swift package dump-package` and every target's `import` lines; the
toolchain's own modules (Foundation, Glibc, Testing …) need no declaration. Exits 1 and names
each target whose imports and dependencies differ, so the target graph in the manifest stays
the one the code follows.
"""
import json
import pathlib
import re
import subprocess
import sys

SYSTEM = {"Foundation", "FoundationNetworking", "FoundationXML", "Glibc", "Darwin", "Dispatch",
          "Synchronization", "Testing", "XCTest"}
IMPORT = re.compile(r"^\s*(?:@[A-Za-z_]+\s+)*(?:(?:public|package|internal|fileprivate|private)\s+)?import\s+(?:(?:struct|class|enum|func|protocol|typealias|var|let)\s+)?([A-Za-z0-9_]+)",
                    re.M)


def declared(target):
    names = set()
    for dependency in target.get("dependencies", []):
        for kind in ("byName", "target", "product"):
            if kind in dependency:
                names.add(dependency[kind][0])
    return names


def imported(path):
    return {name for file in path.rglob("*.swift") for name in IMPORT.findall(file.read_text(encoding="utf-8"))}


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    manifest = json.loads(subprocess.run(["swift", "package", "dump-package"], cwd=root, check=True,
                                         capture_output=True, text=True).stdout)
    executables = {target["name"] for target in manifest["targets"] if target["type"] == "executable"}
    problems = []
    for target in manifest["targets"]:
        if target["type"] == "system":
            continue
        folder = "Tests" if target["type"] == "test" else "Sources"
        path = root / (target.get("path") or f"{folder}/{target['name']}")
        uses = imported(path) - SYSTEM - {target["name"]}
        declares = declared(target)
        if target["type"] == "test":
            declares -= executables  # a test target names an executable so it is built for the test to run
        if uses - declares:
            problems.append(f"{target['name']}: imports {', '.join(sorted(uses - declares))} without declaring it")
        if declares - uses:
            problems.append(f"{target['name']}: declares {', '.join(sorted(declares - uses))} and never imports it")
    for problem in problems:
        print(f"Package.swift: {problem}")
    if problems:
        return 1
    print(f"Package.swift: the dependencies of {len(manifest['targets'])} targets match their imports")
    return 0


if __name__ == "__main__":
    sys.exit(main())
