"""`reklamera check`: the contract in DESIGN.md — options, JSON keys, exit codes, one-line errors."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys

import pytest

from reklamera.cli import main

CONTRACT_KEYS = [
    "country", "law", "status", "complained", "absolute_deadline", "limit_applies_to", "reasonable_time_until",
    "presumption_until", "seller_must_prove", "deadline", "days_left", "citations", "remedies", "notes",
]
EXAMPLE = ["check", "--country", "SE", "--delivered", "2025-03-14", "--discovered", "2026-01-10",
           "--complained", "2026-02-01", "--today", "2026-02-01"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def words(text: str) -> str:
    """The text with line wrapping undone, for phrase checks."""
    return " ".join(text.split())


def test_json_matches_the_design_example(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *EXAMPLE, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert list(data)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
    assert data["country"] == "SE"
    assert data["law"] == "Konsumentköplag (2022:260)"
    assert data["status"] == "in_time"
    assert data["complained"] == "2026-02-01"
    assert data["absolute_deadline"] == "2028-03-14"
    assert data["limit_applies_to"] == "discovery"
    assert data["reasonable_time_until"] == "2026-03-10"
    assert data["presumption_until"] == "2027-03-14"
    assert data["seller_must_prove"] is True
    assert data["deadline"] == "2026-03-10"
    assert data["days_left"] == 37
    assert "Konsumentköplag (2022:260) 5 kap. 2 §" in data["citations"]
    assert data["remedies"] == ["repair", "replacement", "price_reduction", "cancellation"]
    assert all(isinstance(note, str) and note for note in data["notes"])
    assert data["dispute_body"]["name"] == "Allmänna reklamationsnämnden (ARN)"
    assert data["withdrawal"] is None


def test_json_for_a_private_seller_has_null_dates(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *EXAMPLE, "--json", "--private-seller")
    data = json.loads(out)
    assert code == 0 and data["status"] == "not_covered"
    assert data["deadline"] is None and data["absolute_deadline"] is None and data["days_left"] is None


def test_country_is_case_insensitive_and_options_pass_through(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--country", "no", "--delivered", "2023-03-14", "--discovered", "2025-02-01",
                       "--complained", "2025-03-15", "--today", "2025-03-15", "--long-life", "--online", "--json")
    data = json.loads(out)
    assert code == 0 and data["status"] == "in_time" and data["absolute_deadline"] == "2028-03-14"
    assert data["withdrawal"]["until"] == "2023-03-28"


def test_purchased_picks_the_old_swedish_act(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "check", "--country", "SE", "--purchased", "2022-04-30", "--delivered", "2022-05-03",
                    "--discovered", "2025-04-20", "--complained", "2025-05-04", "--today", "2025-05-04", "--json")
    data = json.loads(out)
    assert data["law"] == "Konsumentköplag (1990:932)" and data["status"] == "too_late"


def test_bad_faith_turns_too_late_into_at_risk(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "check", "--country", "DK", "--delivered", "2024-05-31", "--discovered", "2026-05-01",
                    "--complained", "2026-06-01", "--today", "2026-06-01", "--bad-faith", "--json")
    assert json.loads(out)["status"] == "at_risk"


def test_text_output_for_people(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *EXAMPLE)
    assert (code, err) == (0, "")
    assert "Sweden – Konsumentköplag (2022:260)" in out
    assert "You are in time. Complain by 10 March 2026 (37 days left)." in words(out)
    assert "Allmänna reklamationsnämnden (ARN)" in out
    # The sources as the letter cites them (issue 14), a number never parted from its "§" or "chapter"
    assert ("the Swedish Consumer Sales Act (konsumentköplagen, SFS 2022:260), chapter\xa04 sections\xa014 and 17 "
            "and chapter\xa05 sections\xa01 and 2") in out.replace("\n    ", " ")


@pytest.mark.parametrize(
    ("extra", "verdict"),
    [
        (["--complained", "2026-03-10", "--today", "2026-03-10"],
         "You are in time. Today, 10 March 2026, is the last safe day to complain."),
        (["--complained", "2026-03-10", "--today", "2026-03-01"],
         "You are in time if you complain on 10 March 2026: it is the last safe day."),
        (["--complained", "2026-03-10", "--today", "2026-03-20"],
         "Your complaint of 10 March 2026 was in time: the last safe day was 10 March 2026."),
        (["--complained", "2026-03-09", "--today", "2026-03-01"], "(1 day left)"),
        (["--complained", "2026-03-11", "--today", "2026-03-20"],
         "in which a complaint is always in time, ended on 10 March 2026."),
        (["--private-seller", "--today", "2026-03-20"], "do not cover a purchase from a private person"),
    ],
)
def test_text_verdicts(capsys: pytest.CaptureFixture[str], extra: list[str], verdict: str) -> None:
    """"Today" only when the complaint day is today: a planned or an earlier complaint day gets the date."""
    args = ["check", "--country", "SE", "--delivered", "2025-03-14", "--discovered", "2026-01-10", *extra]
    _, out, _ = run(capsys, *args)
    assert verdict in words(out)
    if "--complained" in extra and extra[extra.index("--complained") + 1] != extra[extra.index("--today") + 1]:
        assert "Today" not in out


def test_text_verdict_too_late_and_bad_faith(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["check", "--country", "NO", "--delivered", "2023-01-10", "--discovered", "2025-01-02",
            "--complained", "2025-01-20", "--today", "2025-01-20"]
    _, out, _ = run(capsys, *args)
    assert "the time limit ended on 10 January 2025" in words(out)
    _, out, _ = run(capsys, *args, "--bad-faith")
    assert "may not apply to this seller" in words(out)


BAD_INPUT = [
    (["check", "--country", "DE", "--delivered", "2025-01-01", "--discovered", "2025-02-01"], "--country"),
    (["check", "--country", "SE", "--delivered", "2025-02-30", "--discovered", "2025-03-01"], "--delivered"),
    (["check", "--country", "SE", "--delivered", "2025-02-01"], "--discovered"),
    (["check", "--country", "SE", "--delivered", "2025-02-10", "--discovered", "2025-02-01"], "--discovered"),
    (["check", "--country", "SE", "--delivered", "2025-02-01", "--discovered", "2025-02-10",
      "--complained", "2025-02-05"], "--complained"),
    (["check", "--country", "SE", "--delivered", "2025-02-01", "--discovered", "2025-02-10",
      "--today", "2025-02-05"], "--discovered"),
    (["check", "--country", "SE", "--delivered", "2025-02-01", "--discovered", "2025-02-10",
      "--purchased", "2030-01-01"], "--purchased"),
    (["frobnicate"], "frobnicate"),
    (["check", "--country", "SE", "--delivered", "2025-02-01", "--discovered", "2025-02-10", "--bogus"], "--bogus"),
]


@pytest.mark.parametrize(("args", "names"), BAD_INPUT, ids=[" ".join(a[-2:]) for a, _ in BAD_INPUT])
def test_bad_input_is_one_line_naming_the_field(capsys: pytest.CaptureFixture[str], args: list[str],
                                                names: str) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("reklamera: ")
    assert names in err
    assert "Traceback" not in err


def test_unexpected_errors_are_one_line_with_exit_1(capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    import reklamera.rules

    def boom(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(reklamera.rules, "assess", boom)
    code, _, err = run(capsys, *EXAMPLE)
    assert code == 1 and err == "reklamera: unexpected error: RuntimeError: disk on fire\n"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.startswith("reklamera ")


def test_help_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["check", "--help"])
    assert caught.value.code == 0
    assert "--delivered" in capsys.readouterr().out


def test_real_process_json_without_qt_docx_or_babel() -> None:
    """The installed entry point, as another program would call it; check --json must stay light."""
    probe = (
        "import sys, runpy; sys.argv = ['reklamera', *sys.argv[1:]]\n"
        "from reklamera.cli import main\n"
        "code = main()\n"
        "heavy = sorted(m for m in ('PySide6', 'docx', 'babel', 'holidays') if m in sys.modules)\n"
        "assert not heavy, heavy\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, *EXAMPLE, "--json"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["days_left"] == 37


def test_python_dash_m_bad_input_exit_code() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "reklamera",
            "check",
            "--country",
            "SE",
            "--delivered",
            "2025-13-01",
            "--discovered",
            "2025-02-01",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == 'reklamera: --delivered: "2025-13-01" is not a date (YYYY-MM-DD)'


def test_finland_before_2002_has_no_safe_period_and_no_presumption(capsys: pytest.CaptureFixture[str]) -> None:
    """HE 89/2001: the two-month rule and the presumption apply only to contracts from 2002-01-01."""
    args = ["check", "--country", "FI", "--delivered", "2001-11-01", "--discovered", "2001-11-20",
            "--complained", "2001-11-21", "--today", "2026-01-01"]
    code, out, _ = run(capsys, *args, "--json")
    data = json.loads(out)
    assert code == 0 and data["status"] == "at_risk"
    assert (data["reasonable_time_until"], data["presumption_until"], data["seller_must_prove"]) == (None, None, None)
    assert (data["deadline"], data["days_left"]) == (None, None)
    _, out, _ = run(capsys, *args)
    assert "no period is always in time" in words(out) and "Always in time until" not in out


def test_a_longer_guarantee_keeps_the_claim_alive(capsys: pytest.CaptureFixture[str]) -> None:
    """NO § 27 second paragraph, third sentence: never simply "too late" within a longer guarantee."""
    args = ["check", "--country", "NO", "--delivered", "2023-03-14", "--discovered", "2025-02-01",
            "--complained", "2025-03-15", "--today", "2025-03-15"]
    _, out, _ = run(capsys, *args, "--json")
    assert json.loads(out)["status"] == "too_late" and json.loads(out)["guarantee_until"] is None
    code, out, _ = run(capsys, *args, "--guarantee-until", "2028-03-14", "--json")
    data = json.loads(out)
    assert code == 0 and data["status"] == "at_risk" and data["guarantee_until"] == "2028-03-14"
    assert list(data)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
    assert "Forbrukerkjøpsloven (lov 21. juni 2002 nr. 34) § 27 annet ledd" in data["citations"]
    _, out, _ = run(capsys, *args, "--guarantee-until", "2028-03-14")
    assert "the guarantee until 14 March 2028 may still cover the defect" in words(out)
    code, _, err = run(capsys, *args, "--guarantee-until", "2020-01-01")
    assert code == 2 and "--guarantee-until" in err
    code, _, err = run(capsys, *args, "--guarantee-until", "2028-02-30")
    assert code == 2 and "--guarantee-until" in err


def test_private_sales_name_the_general_act_and_brokered_sales_are_covered(capsys) -> None:
    """SE 1990:932 1 § second paragraph, 2022:260 1 kap.: a business selling for a private person; köplagen 32 §."""
    args = ["check", "--country", "SE", "--delivered", "2025-03-14", "--discovered", "2026-01-10",
            "--complained", "2026-02-01", "--today", "2026-02-01", "--private-seller"]
    _, out, _ = run(capsys, *args, "--json")
    data = json.loads(out)
    assert data["status"] == "not_covered" and "Köplag (1990:931) 32 §" in data["citations"]
    assert any("two years after you received the goods" in note for note in data["notes"])
    _, out, _ = run(capsys, *args, "--brokered", "--json")
    assert json.loads(out)["status"] == "in_time"


@pytest.mark.parametrize("command", ["check", "letter"])
def test_a_reader_that_goes_away_is_no_error(command: str) -> None:
    """`reklamera check … | head -1`: the pipe closes before reklamera writes; exit 0 and nothing on stderr."""
    from reklamera.samples import SAMPLE_CASE

    args = [*EXAMPLE] if command == "check" else ["letter", str(SAMPLE_CASE), "--text", "--today", "2026-11-24"]
    with subprocess.Popen([sys.executable, "-m", "reklamera", *args], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader is gone before the first line is written
        err = proc.stderr.read().decode()
        code = proc.wait(timeout=60)
    assert code == 0, err
    assert "Error" not in err and "unexpected" not in err, err


def test_finnish_old_goods_show_the_uncertainty_in_the_verdict(capsys) -> None:
    """KSL 5:16 has no fixed limit: for a defect after two years the expected lifetime decides (at risk)."""
    args = ["check", "--country", "FI", "--delivered", "2015-01-01", "--discovered", "2026-01-01",
            "--complained", "2026-01-02", "--today", "2026-01-02"]
    _, out, _ = run(capsys, *args, "--json")
    assert json.loads(out)["status"] == "at_risk"
    _, out, _ = run(capsys, *args)
    assert "the outcome is uncertain" in words(out) and "You are in time" not in out


def test_a_danish_report_in_danish_style(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 14 (the Danish review): amounts in Danish ("1.110", not "1110"), "eller" before the last remedy,
    købeloven cited as in the letter ("§ 81, stk. 1"), and the mediation team the letter names."""
    args = ["check", "--country", "DK", "--delivered", "2024-03-01", "--discovered", "2025-01-10",
            "--today", "2025-02-01", "--lang", "da"]
    code, out, _ = run(capsys, *args)
    assert code == 0
    text = words(out)
    assert "mellem 1.110 og 100.000 kroner" in text and "I 2024" in text  # the year stays a year
    assert "afslag i prisen eller ophævelse af købet" in text
    assert "  - købelovens §\xa077\xa0a, stk.\xa03, §\xa078, §\xa081, stk.\xa01 og §\xa083, stk.\xa01" in out
    assert "Mæglingsteamet for Forbrugerklager → Forbrugerklagenævnet" in text
    data = json.loads(run(capsys, *args, "--json")[1])  # machine output: plain numbers, the data's sections
    assert "Købeloven § 81, stk. 1" in data["citations"] and "Købeloven § 81 stk. 1" not in data["citations"]
    assert any("1110" in condition for condition in data["dispute_body"]["conditions"])


@pytest.mark.parametrize(("lang", "remedies"), [
    ("fi", "korjaus, vaihto, hinnanalennus tai kaupan purku"),
    ("sv", "reparation, ny vara, prisavdrag eller hävning av köpet"),
    ("en", "price reduction or cancellation"),
])
def test_the_remedies_are_alternatives(capsys: pytest.CaptureFixture[str], lang: str, remedies: str) -> None:
    _, out, _ = run(capsys, *EXAMPLE, "--lang", lang)
    assert remedies in words(out)


def test_a_number_and_its_section_sign_never_part(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 14: the text report wraps at 78 columns; "32 §", "§ 32" and "27. gr." stay on one line."""
    for country, lang, private in itertools.product(("SE", "NO", "DK", "FI", "IS"),
                                                    ("en", "sv", "nb", "da", "fi", "is"), ([], ["--private-seller"])):
        _, out, _ = run(capsys, "check", "--country", country, "--delivered", "2024-03-01", "--discovered",
                        "2025-01-10", "--today", "2025-02-01", "--lang", lang, *private)
        assert not re.search(r"\d\n *§|§\n *\d|\d\.\n *gr\.", out), (country, lang, out)
        assert not re.search(r"\d §|§ \d", out), (country, lang, out)  # a no-break space, wherever it falls


@pytest.mark.parametrize(("country", "lang", "act"), [
    ("NO", "nb", "kjøpsloven §\xa032"),
    ("NO", "en", "(the Norwegian Sale of Goods Act, section\xa032)"),
    ("SE", "sv", "32\xa0§ köplagen"),
    ("FI", "fi", "kauppalain 32\xa0§"),
    ("DK", "da", "købelovens §\xa054"),
    ("IS", "is", "32.\xa0gr. laga nr. 50/2000 um lausafjárkaup"),
])
def test_the_private_sale_note_cites_the_general_act_in_running_text(capsys, country: str, lang: str,
                                                                     act: str) -> None:
    """Issue 14: not the nested "(Kjøpsloven (lov 13. mai 1988 nr. 27) § 32)"."""
    args = ["check", "--country", country, "--delivered", "2024-03-01", "--discovered", "2025-01-10",
            "--today", "2025-02-01", "--private-seller", "--lang", lang]
    _, out, _ = run(capsys, *args)
    assert act.replace("\xa0", " ") in words(out)
    assert not re.search(r"\((Kjøpsloven|Köplag|Kauppalaki|Købeloven|Lög) ", out)  # the data's form, nested
    notes = json.loads(run(capsys, *args, "--json")[1])["notes"]
    native = {"NO": "kjøpsloven §\xa032", "SE": "32\xa0§ köplagen", "FI": "kauppalain 32\xa0§",
              "DK": "købelovens §\xa054", "IS": "32.\xa0gr. laga nr. 50/2000 um lausafjárkaup"}[country]
    assert any(native in note for note in notes), notes  # JSON: the act's own words, no CLDR


def test_icelandic_citations_have_the_comma(capsys: pytest.CaptureFixture[str]) -> None:
    """LAW.md's style: "Lög um neytendakaup nr. 48/2003, 27. gr."."""
    _, out, _ = run(capsys, "check", "--country", "IS", "--delivered", "2024-03-01", "--discovered", "2025-01-10",
                    "--today", "2025-02-01", "--json")
    assert "Lög um neytendakaup nr. 48/2003, 27. gr." in json.loads(out)["citations"]
