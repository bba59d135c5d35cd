"""Check that the Windows bundle brings every DLL it needs that Windows itself does not have.

    python3 packaging/windows/check_pe.py BUNDLE_DIR SYSTEM32_DIR PEFILE_SITE_PACKAGES

Wine has builtin copies of the Visual C++ runtime (vcruntime140.dll, msvcp140.dll …) that a clean Windows
lacks, so a bundle without them still self-tests under Wine and then fails on a real desk. For every .exe, .dll
and .pyd in the bundle, each DLL it imports must be a DLL of Windows itself (in SYSTEM32_DIR, the Wine prefix's,
and not one of the redistributable runtimes) or come with the bundle: for the programs and what lies in
_internal/ itself (python311.dll, the standard library's modules: loaded first, with only _internal/ to look
in) from _internal/; for what lies in a package's folder from anywhere in the bundle (PySide6, shiboken6 and
psycopg_binary add their folders, and Qt's plugins find Qt's DLLs already loaded).
Uses pefile from the Windows site-packages (pure Python). Prints the problems; exits 1 when there is any.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# Runtimes that come with programs, not with Windows (Wine ships builtin ones).
REDISTRIBUTABLE = re.compile(r"^(vcruntime|msvcp|concrt|vcomp|msvcr|vccorlib|mfc)\d", re.IGNORECASE)


def imports(path: Path, pefile) -> set[str]:
    pe = pefile.PE(str(path), fast_load=True)
    pe.parse_data_directories(directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"]])
    names = {entry.dll.decode("ascii", "replace") for entry in getattr(pe, "DIRECTORY_ENTRY_IMPORT", [])}
    pe.close()
    return names


def check(bundle: Path, system32: Path, pefile) -> list[str]:
    system = {path.name.lower() for path in system32.iterdir()}
    problems = []
    binaries = [path for path in bundle.rglob("*") if path.suffix.lower() in (".exe", ".dll", ".pyd")]
    internal = bundle / "_internal"
    bundled = {path.name.lower() for path in binaries}
    top = {path.name.lower() for path in internal.iterdir()}
    for path in binaries:
        first = path.parent in (bundle, internal)
        for name in sorted(imports(path, pefile)):
            lower = name.lower()
            if lower in (top if first else bundled):
                continue
            if lower.startswith(("api-ms-win-", "ext-ms-win-")) or (
                lower in system and not REDISTRIBUTABLE.match(lower)
            ):
                continue
            problems.append(
                f"{path.relative_to(bundle)} imports {name}, which is neither in the bundle nor part of Windows"
            )
    if not binaries:
        problems.append("no .exe, .dll or .pyd in the bundle")
    return problems


def main() -> int:
    bundle, system32, site_packages = (Path(arg) for arg in sys.argv[1:4])
    sys.path.insert(0, str(site_packages))
    import pefile

    problems = check(bundle, system32, pefile)
    for problem in problems:
        print(f"check_pe: {problem}", file=sys.stderr)
    if not problems:
        print("check_pe: every DLL the bundle imports is in it or part of Windows")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
