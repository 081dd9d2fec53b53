"""redact/lazyimport.py: a worker's start-up skips the layers it never uses, and the lazy packages
are, name for name, what a plain import makes of them.

Each case runs in a fresh interpreter: what a process imports is process-wide.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from redact.lazyimport import LAZY, read_init
from tests.e2e.test_offline import GUARD  # the socket guard written to sitecustomize.py

ROOT = Path(__file__).resolve().parents[2]

# What a worker must not import: scipy (datasketch's LSH), spaCy's command line and what it pulls
# in (typer, weasel, httpx, requests), Presidio's predefined recognizers (tldextract for e-mail).
UNUSED = ("scipy", "spacy.cli._util", "typer", "weasel", "httpx", "requests", "tldextract",
          "presidio_analyzer.predefined_recognizers.country_specific",
          "presidio_analyzer.predefined_recognizers.generic.email_recognizer")


def _python(code: str, env: dict[str, str] | None = None) -> str:
    env = dict(os.environ if env is None else env)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_a_worker_builds_its_pipeline_without_the_unused_layers():
    # What a worker builds before its first document (flows/common.py: FlowContext.pipeline).
    code = ("import json, sys\n"
            "from redact.flows.common import FlowContext, Options, rules_for\n"
            "from redact.flows.run import run\n"
            "from redact.pipeline import Pipeline\n"
            "pipeline = Pipeline(rules_for(Options()), None)\n"
            "from redact.dossier.fingerprint import fingerprint\n"
            f"print(json.dumps(sorted(m for m in sys.modules if m.startswith({UNUSED!r}))))")
    assert json.loads(_python(code)) == []


# Each public name of a lazy module as a plain import has it: its type, module and name.
DESCRIBE = '''
import importlib, json, sys
def describe(module, names):
    out = {}
    for name in names:
        value = getattr(module, name)
        out[name] = [type(value).__name__, getattr(value, "__module__", None),
                     getattr(value, "__qualname__", None) or getattr(value, "__name__", None)]
    return out
'''


def test_every_name_of_a_lazy_module_is_the_plain_imports():
    names = list(LAZY)
    plain = json.loads(_python(DESCRIBE + (
        f"names = {names!r}\n"
        "mods = {n: importlib.import_module(n) for n in names}\n"
        "print(json.dumps({n: describe(m, [k for k in dir(m) if not k.startswith('__') or k == '__all__'])"
        " for n, m in mods.items()}))")))
    lazy = json.loads(_python(DESCRIBE + (
        "import redact\n"
        f"names = {json.dumps({n: list(v) for n, v in plain.items()})}\n"
        "mods = {n: importlib.import_module(n) for n in names}\n"
        "got = {n: describe(mods[n], names[n]) for n in names}\n"
        "assert all(type(m) is type(sys) for m in mods.values())  # all ran by now (__all__ was asked for)\n"
        "print(json.dumps(got))")))
    assert lazy == plain
    assert "MinHash" in plain["datasketch"] and "SpacyRecognizer" in plain["presidio_analyzer.predefined_recognizers"]


def test_a_name_imports_its_part_alone_and_the_rest_runs_on_demand():
    code = ("import json, sys, redact\n"
            "from datasketch import MinHash\n"
            "from presidio_analyzer.predefined_recognizers import SpacyRecognizer\n"
            "import spacy\n"
            "before = sorted(m for m in ('scipy', 'typer', 'tldextract') if m in sys.modules)\n"
            "import datasketch.minhash, presidio_analyzer.predefined_recognizers as pr\n"
            "same = MinHash is datasketch.minhash.MinHash and SpacyRecognizer.__module__.startswith(pr.__name__)\n"
            "from datasketch import MinHashLSH\n"
            "commands = sorted(c.name for c in spacy.cli.app.registered_commands if c.name)\n"
            "info = sorted(spacy.info())\n"
            "after = sorted(m for m in ('scipy', 'typer') if m in sys.modules)\n"
            "print(json.dumps([before, same, after, commands, info]))")
    before, same, after, commands, info = json.loads(_python(code))
    assert before == [] and same
    assert after == ["scipy", "typer"]  # asked for: imported
    plain = json.loads(_python("import json, spacy\n"
                               "print(json.dumps([sorted(c.name for c in spacy.cli.app.registered_commands if c.name),"
                               " sorted(spacy.info())]))"))
    assert [commands, info] == plain  # spaCy's command line as a plain import registers it


def test_only_names_bound_once_by_a_from_import_are_taken_alone():
    source = ("from .a import One, Two\n"
              "from .b import *\n"
              "from .c import Three as Four\n"
              "from pkg import self_import\n"
              "Two = wrap(Two)\n"
              "try:\n    from .d import Five\nexcept ImportError:\n    Five = None\n"
              "from elsewhere import Six\n")
    names, bound = read_init(source, "pkg")
    assert names == {"One": ("pkg.a", "One"), "Four": ("pkg.c", "Three"), "Six": ("elsewhere", "Six")}
    assert {"Two", "Five", "self_import"} <= bound and "a" not in bound


@pytest.fixture
def guarded(tmp_path):
    """An environment whose Python records and refuses every connection and DNS look-up, with an
    empty HOME (no cached public suffix list)."""
    (tmp_path / "guard").mkdir()
    (tmp_path / "guard" / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    (tmp_path / "home").mkdir()
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy") and not k.startswith("XDG_")}
    env.update(PYTHONPATH=str(tmp_path / "guard"), HOME=str(tmp_path / "home"),
               NET_ATTEMPTS_LOG=str(tmp_path / "attempts.log"))
    return env, tmp_path / "attempts.log"


def test_start_up_and_detection_try_no_network(guarded):
    env, attempts = guarded
    code = ("from redact.flows.common import Options, rules_for\n"
            "from redact.pipeline import Pipeline\n"
            "from redact.model import Document, Page\n"
            "p = Pipeline(rules_for(Options()), None)\n"
            "text = 'Mail j.jansen@minbzk.nl of bel 06-12345678, zie https://www.rijksoverheid.nl'\n"
            "doc = Document(source='x.txt', relpath='x.txt', kind='txt', pages=(Page(number=1, text=text),))\n"
            "print(sorted({f.entity_type for f in p.detector.detect(doc)}))")
    found = _python(code, env)
    assert "EMAIL_ADDRESS" in found
    assert not attempts.exists(), attempts.read_text()


def test_the_guard_catches_presidios_own_email_recognizer(guarded):
    """The control: Presidio's predefined e-mail recognizer (tldextract) asks the network for the
    public suffix list, which is why our rules use none of them."""
    env, attempts = guarded
    code = ("import redact\n"
            "from presidio_analyzer.predefined_recognizers import EmailRecognizer\n"
            "print(len(EmailRecognizer().analyze('mail j.jansen@minbzk.nl', ['EMAIL_ADDRESS'])))")
    _python(code, env)
    assert attempts.exists() and attempts.read_text().strip()
