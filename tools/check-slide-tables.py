#!/usr/bin/env python3
"""Every row of a chapter README's "From the slide to the code" table reaches the lesson in one
hop: each linked file exists under Sources/NeuralNet, and each name in the function column
(`Type.member(…)`, `member`, `Type`) is declared in one of the row's files, its type declared or
extended there. Run by tools/check-sources.sh (so by `make test` and CI).

    usage: tools/check-slide-tables.py [README.md ...]   (default: Chapters/*/README.md)
"""
import glob
import os
import re
import sys

HEADING = "## From the slide to the code"
LESSON = os.path.join("Sources", "NeuralNet") + os.sep
DECLARATION = r"\b(?:func|var|let|case|struct|enum|class|protocol|typealias)\s+{}\b"
TYPE = r"\b(?:struct|enum|class|protocol|extension|typealias)\s+{}\b"


def table_rows(text):
    """The body rows of the table under HEADING: lists of cells."""
    section = text.split(HEADING, 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]


def row_problems(readme, cells):
    """One sentence per broken link or undeclared name of one row."""
    if len(cells) != 3:
        return [f"a row has {len(cells)} cells, not 3 (slide | file | function)"]
    slide, files, functions = cells
    paths = [os.path.normpath(os.path.join(os.path.dirname(readme), link))
             for link in re.findall(r"\]\(([^)#]+)\)", files)]
    if not paths:
        return [f"'{slide}' links no file"]
    problems = [f"'{slide}' links {path}, which is missing or not lesson code"
                for path in paths if not path.startswith(LESSON) or not os.path.isfile(path)]
    if problems:
        return problems
    source = "\n".join(open(path, encoding="utf-8").read() for path in paths)
    for name in re.findall(r"`([^`]+)`", functions):
        if name.startswith("."):
            continue  # an enum case given as an argument, e.g. (`.max`)
        parts = re.split(r"[(\s]", name, 1)[0].split(".")
        *types, member = parts
        if not re.search(DECLARATION.format(re.escape(member)), source) and \
                not re.search(TYPE.format(re.escape(member)), source):
            problems.append(f"'{slide}': `{name}` is not declared in {', '.join(paths)}")
        for type_name in types:
            if not re.search(TYPE.format(re.escape(type_name)), source):
                problems.append(f"'{slide}': `{name}`'s type {type_name} is not declared or "
                                f"extended in {', '.join(paths)}")
    return problems


def main():
    readmes = sys.argv[1:] or sorted(glob.glob("Chapters/*/README.md"))
    problems = []
    for readme in readmes:
        text = open(readme, encoding="utf-8").read()
        if HEADING not in text:
            problems.append(f"{readme}: no '{HEADING}' table")
            continue
        rows = table_rows(text)
        if not rows:
            problems.append(f"{readme}: the '{HEADING}' table is empty")
        problems += [f"{readme}: {problem}" for cells in rows for problem in row_problems(readme, cells)]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
