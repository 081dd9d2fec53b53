"""The dossier pass reuses the lexicon and roles of the pipeline the client built (issue 14: they
cost ~0.3 CPU-s, serial in the client of a `--jobs N` run), and still carries names across."""

from __future__ import annotations

from redact.decide import roles as roles_module
from redact.flows import run as run_flow
from redact.flows.common import Options
from redact.flows.executor import LocalPool
from redact.lexicon import Lexicon

from .conftest import make_pdf, pypdf_text


def _counting(monkeypatch) -> dict[str, int]:
    built = {"lexicon": 0, "roles": 0}
    real_lexicon, real_roles = Lexicon.from_rules.__func__, roles_module.Roles.__init__

    def lexicon(cls, *a, **k):
        built["lexicon"] += 1
        return real_lexicon(cls, *a, **k)

    def roles(self, *a, **k):
        built["roles"] += 1
        return real_roles(self, *a, **k)

    monkeypatch.setattr(Lexicon, "from_rules", classmethod(lexicon))
    monkeypatch.setattr(roles_module.Roles, "__init__", roles)
    return built


def test_the_dossier_pass_builds_no_second_lexicon_or_roles(tmp_path, monkeypatch):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    make_pdf(src / "a.pdf", ["Verslag van het gesprek", "Aanwezig: Jan Verhoeckx, bewoner van de Dorpsstraat"])
    make_pdf(src / "b.pdf", ["Nagekomen stuk", "Verhoeckx belde later nog over de aanvraag"])
    built = _counting(monkeypatch)
    done = run_flow.run([src], out, Options(), executor=LocalPool(1))
    assert built == {"lexicon": 1, "roles": 1}  # the pipeline's own: the dossier pass built none
    assert all(r.output for r in done.results)
    assert "Verhoeckx" not in pypdf_text(out / "a.pdf") + pypdf_text(out / "b.pdf")  # carried into b.pdf too
