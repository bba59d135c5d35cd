"""Validate reklamera's MSI from its tables (msitools' `msiinfo export`), since Wine's msiexec is lenient.

    python3 packaging/windows/check_msi.py reklamera.msi [--bundle DIR] [--version X.Y.Z]

Checks that the tables hang together (every reference resolves, every component is in a feature and has a key
path of its own, the cabinet covers every file), that the bundle is there file by file at the same paths and
sizes, and that the promises of reklamera.wxs and msi-tables.sql hold: per machine, 64-bit, ProgramFiles64,
the .reklamera association under HKLM\\Software\\Classes, the Start-menu shortcut, SITECONFIG copied to
%ProgramData%\\reklamera\\site.toml only when given and removed on uninstall. Prints one line per problem and
exits 1 when there is any. Only the standard library and msiinfo: runs before Wine is involved.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

# msidbComponentAttributes64bit / RegistryKeyPath; msidbRemoveFileInstallModeOnRemove; msidbRegistryRoot HKLM.
COMPONENT_64BIT, COMPONENT_REGISTRY_KEY_PATH = 256, 4
REMOVE_ON_UNINSTALL, HKLM = 2, 2
STANDARD_DIRECTORIES = {"TARGETDIR", "ProgramFiles64Folder", "CommonAppDataFolder", "ProgramMenuFolder"}
ASSOCIATION = {  # key -> (name, value), as in reklamera.iss, under HKLM
    r"Software\Classes\.reklamera": ("", "reklamera.Case"),
    r"Software\Classes\.reklamera\OpenWithProgids": ("reklamera.Case", ""),
    r"Software\Classes\reklamera.Case": ("", "reklamera case"),
    r"Software\Classes\reklamera.Case\DefaultIcon": ("", "[INSTALLDIR]reklamera.exe,0"),
    r"Software\Classes\reklamera.Case\shell\open\command": ("", '"[INSTALLDIR]reklamera.exe" "%1"'),
}


def msiinfo(*args: str) -> str:
    return subprocess.run(["msiinfo", *args], check=True, capture_output=True, text=True).stdout


def table(msi: Path, name: str) -> list[dict[str, str]]:
    """A table as rows of column -> value (IDT text: header, types, key line, then one row a line)."""
    lines = msiinfo("export", str(msi), name).splitlines()
    columns = lines[0].split("\t")
    return [dict(zip(columns, [*line.split("\t"), *[""] * (len(columns) - line.count("\t") - 1)], strict=True))
            for line in lines[3:]]


def long_name(default_dir: str) -> str:
    """DefaultDir / FileName is 'short|long' or just one name; for a directory 'target:source'."""
    return default_dir.split(":")[0].split("|")[-1]


def check(msi: Path, bundle: Path | None, version: str | None) -> list[str]:
    problems: list[str] = []
    tables = set(msiinfo("tables", str(msi)).split())
    needed = {"Property", "Directory", "Component", "File", "Feature", "FeatureComponents", "Media", "Registry",
              "Shortcut", "MoveFile", "RemoveFile", "CreateFolder", "InstallExecuteSequence", "Upgrade"}
    if missing := needed - tables:
        return [f"tables missing: {', '.join(sorted(missing))}"]
    t = {name: table(msi, name) for name in needed}

    properties = {row["Property"]: row["Value"] for row in t["Property"]}
    if properties.get("ALLUSERS") != "1":
        problems.append("ALLUSERS is not 1: not a per-machine install")
    if version and properties.get("ProductVersion") != version:
        problems.append(f"ProductVersion is {properties.get('ProductVersion')!r}, not {version!r}")
    if "SITECONFIG" not in properties.get("SecureCustomProperties", "").split(";"):
        problems.append("SITECONFIG is not in SecureCustomProperties")
    for upgrade_property in ("WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"):
        if upgrade_property not in properties.get("SecureCustomProperties", "").split(";"):
            problems.append(f"{upgrade_property} is not in SecureCustomProperties (major upgrades)")
    if "SITECONFIG" in properties:
        problems.append("SITECONFIG has a default value: it must come from the command line only")
    if not properties.get("UpgradeCode"):
        problems.append("no UpgradeCode")
    summary = msiinfo("suminfo", str(msi))
    if "Template: x64;" not in summary:
        problems.append("summary information: the package is not for x64")

    # Directories: every parent exists; the full path of each, for the file comparison below.
    directories = {row["Directory"]: row for row in t["Directory"]}
    for name, row in directories.items():
        parent = row["Directory_Parent"]
        if parent and parent not in directories:
            problems.append(f"Directory {name}: parent {parent} does not exist")
    if directories.get("INSTALLDIR", {}).get("Directory_Parent") != "ProgramFiles64Folder":
        problems.append("INSTALLDIR is not under ProgramFiles64Folder")
    if directories.get("SITEDIR", {}).get("Directory_Parent") != "CommonAppDataFolder" or \
            long_name(directories.get("SITEDIR", {}).get("DefaultDir", "")) != "reklamera":
        problems.append("SITEDIR is not CommonAppDataFolder\\reklamera (%ProgramData%\\reklamera, read by site.py)")

    def path_of(directory: str) -> tuple[str, ...]:
        parts: list[str] = []
        seen = set()
        while directory and directory != "INSTALLDIR" and directory not in seen:
            seen.add(directory)
            row = directories.get(directory)
            if row is None:
                return ("?",)
            name = long_name(row["DefaultDir"])
            if name != ".":
                parts.append(name)
            directory = row["Directory_Parent"]
        return tuple(reversed(parts)) if directory == "INSTALLDIR" else ("<outside INSTALLDIR>",)

    # Components: directory exists, 64-bit, key path is one of its own rows.
    components = {row["Component"]: row for row in t["Component"]}
    files = {row["File"]: row for row in t["File"]}
    registry = {row["Registry"]: row for row in t["Registry"]}
    guids = [row["ComponentId"] for row in t["Component"]]
    if len(set(guids)) != len(guids) or any(not guid.startswith("{") for guid in guids):
        problems.append("component GUIDs are missing or not unique")
    for name, row in components.items():
        if row["Directory_"] not in directories:
            problems.append(f"Component {name}: directory {row['Directory_']} does not exist")
        if not int(row["Attributes"] or 0) & COMPONENT_64BIT:
            problems.append(f"Component {name} is not 64-bit")
        key = row["KeyPath"]
        if int(row["Attributes"] or 0) & COMPONENT_REGISTRY_KEY_PATH:
            if registry.get(key, {}).get("Component_") != name:
                problems.append(f"Component {name}: key path {key} is not one of its registry values")
        elif files.get(key, {}).get("Component_") != name:
            problems.append(f"Component {name}: key path {key!r} is not one of its files")

    # Features: every component in one, every reference resolves.
    features = {row["Feature"] for row in t["Feature"]}
    in_feature = set()
    for row in t["FeatureComponents"]:
        if row["Feature_"] not in features:
            problems.append(f"FeatureComponents: feature {row['Feature_']} does not exist")
        if row["Component_"] not in components:
            problems.append(f"FeatureComponents: component {row['Component_']} does not exist")
        in_feature.add(row["Component_"])
    if orphans := set(components) - in_feature:
        problems.append(f"components in no feature: {', '.join(sorted(orphans)[:5])}")

    # Files: component exists, sequences within the (embedded) cabinet.
    sequences = []
    installed: dict[tuple[str, ...], int] = {}
    for name, row in files.items():
        component = components.get(row["Component_"])
        if component is None:
            problems.append(f"File {name}: component {row['Component_']} does not exist")
            continue
        sequences.append(int(row["Sequence"]))
        installed[(*path_of(component["Directory_"]), long_name(row["FileName"]))] = int(row["FileSize"])
    last = max((int(row["LastSequence"]) for row in t["Media"]), default=0)
    if sorted(sequences) != list(range(1, len(sequences) + 1)) or last < len(sequences):
        problems.append(f"file sequences 1..{len(sequences)} are not all covered by Media (LastSequence {last})")
    cabinets = [row["Cabinet"] for row in t["Media"] if row["Cabinet"]]
    streams = msiinfo("streams", str(msi)).split()
    for cabinet in cabinets:
        if not cabinet.startswith("#") or cabinet[1:] not in streams:
            problems.append(f"cabinet {cabinet} is not embedded")
    for program in ("reklamera.exe", "reklamera-cli.exe"):
        if (program,) not in installed:
            problems.append(f"{program} is not installed into INSTALLDIR")

    if bundle is not None:
        expected = {tuple(path.relative_to(bundle).parts): path.stat().st_size
                    for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()}
        if missing_files := sorted(set(expected) - set(installed)):
            problems.append(f"{len(missing_files)} bundle files not in the MSI, e.g. {'/'.join(missing_files[0])}")
        if extra := sorted(set(installed) - set(expected)):
            problems.append(f"{len(extra)} MSI files not in the bundle, e.g. {'/'.join(extra[0])}")
        if wrong := [path for path in set(expected) & set(installed) if expected[path] != installed[path]]:
            problems.append(f"{len(wrong)} files with another size than in the bundle, e.g. {'/'.join(wrong[0])}")

    # The association, per machine.
    values = {(row["Key"], row["Name"]): row for row in t["Registry"]}
    for key, (name, value) in ASSOCIATION.items():
        row = values.get((key, name))
        if row is None:
            problems.append(f"registry value HKLM\\{key} {name or '(default)'} is missing")
        elif row["Root"] != str(HKLM) or row["Value"] != value:
            problems.append(f"registry value {key} {name or '(default)'}: root {row['Root']}, value {row['Value']!r}")

    # The Start-menu entry for all users.
    shortcuts = [row for row in t["Shortcut"] if row["Directory_"] == "ProgramMenuFolder"]
    if not any(row["Target"] == "[INSTALLDIR]reklamera.exe" and long_name(row["Name"]) == "reklamera"
               for row in shortcuts):
        problems.append("no Start-menu shortcut 'reklamera' to [INSTALLDIR]reklamera.exe")

    # SITECONFIG: copied to SITEDIR as site.toml by a conditional component, removed on uninstall.
    site = components.get("SiteConfig")
    if site is None or site["Condition"] != 'SITECONFIG OR REMOVE~="ALL"' or site["Directory_"] != "SITEDIR":
        problems.append(
            "the SiteConfig component is missing, not in SITEDIR, or not conditioned on SITECONFIG (or uninstall)"
        )
    moves = [row for row in t["MoveFile"] if row["Component_"] == "SiteConfig"]
    if not any(
        row["SourceName"] == ""
        and row["SourceFolder"] == "SITECONFIG"
        and row["DestFolder"] == "SITEDIR"
        and row["DestName"] == "site.toml"
        and row["Options"] == "0"
        for row in moves
    ):
        problems.append("no MoveFile row copying [SITECONFIG] to SITEDIR\\site.toml")
    if not any(
        row["Component_"] == "SiteConfig"
        and row["FileName"] == "site.toml"
        and row["DirProperty"] == "SITEDIR"
        and int(row["InstallMode"]) == REMOVE_ON_UNINSTALL
        for row in t["RemoveFile"]
    ):
        problems.append("no RemoveFile row deleting SITEDIR\\site.toml on uninstall")
    if not any(row["Directory_"] == "SITEDIR" and row["Component_"] == "SiteConfig" for row in t["CreateFolder"]):
        problems.append("SITEDIR is not created by the SiteConfig component")

    sequence = {row["Action"]: int(row["Sequence"]) for row in t["InstallExecuteSequence"]}
    order = [
        "CostFinalize",
        "InstallValidate",
        "InstallInitialize",
        "RemoveFiles",
        "CreateFolders",
        "MoveFiles",
        "InstallFiles",
        "CreateShortcuts",
        "WriteRegistryValues",
        "RegisterProduct",
        "InstallFinalize",
    ]
    if missing_actions := [action for action in order if action not in sequence]:
        problems.append(f"InstallExecuteSequence lacks {', '.join(missing_actions)}")
    elif [sequence[action] for action in order] != sorted(sequence[action] for action in order):
        problems.append("InstallExecuteSequence: the standard actions are out of order")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("msi", type=Path)
    parser.add_argument("--bundle", type=Path, help="the PyInstaller folder the MSI must install, file by file")
    parser.add_argument("--version", help="the ProductVersion it must have")
    args = parser.parse_args()
    problems = check(args.msi, args.bundle, args.version)
    for problem in problems:
        print(f"check_msi: {args.msi.name}: {problem}", file=sys.stderr)
    if not problems:
        print(f"check_msi: {args.msi.name}: tables ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
