"""The report of one check: every figure, finding and piece of evidence, and its versioned JSON form.

`Report.to_dict()` follows the schema documented in the README ("JSON schema"); `SCHEMA_VERSION` changes
its major number whenever a field is removed or changes meaning, its minor number when fields are added.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .align import Passage
from .links import LinkFinding
from .measure import Measurement
from .policy import Policy
from .verdict import Finding, RuleResult

__all__ = ["SCHEMA_VERSION", "DocumentSummary", "Report"]

SCHEMA_VERSION = "1.1"


@dataclass(frozen=True)
class DocumentSummary:
    """One side of the check: its name, URL, the text that passage offsets index into, and its word count."""

    name: str
    kind: str
    url: str | None
    text: str
    words: int
    encoding: str
    title: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "url": self.url, "title": self.title,
                "encoding": self.encoding, "words": self.words, "text": self.text}


def passage_dict(p: Passage) -> dict[str, Any]:
    return {"original_start": p.original_start, "original_end": p.original_end,
            "republished_start": p.republished_start, "republished_end": p.republished_end,
            "words": p.original_words, "similarity": round(p.similarity, 4)}


@dataclass(frozen=True)
class Report:
    """Everything one check found: the measure, the link, the verdict, the evidence, and the policy used."""

    reused_fraction: float
    compliant: bool
    violations: tuple[Finding, ...]
    warnings: tuple[Finding, ...]
    rules: tuple[RuleResult, ...]
    measurement: Measurement
    link: LinkFinding
    passages: tuple[Passage, ...]
    original: DocumentSummary
    republished: DocumentSummary
    policy: Policy

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready values (schema `SCHEMA_VERSION`, documented in the README)."""
        m = self.measurement
        return {
            "schema_version": SCHEMA_VERSION,
            "reused_fraction": round(self.reused_fraction, 6),
            "compliant": self.compliant,
            "violations": [f.to_dict() for f in self.violations],
            "warnings": [f.to_dict() for f in self.warnings],
            "rules": [r.to_dict() for r in self.rules],
            "measurement": {"unit": m.unit.value, "reused": m.reused, "total": m.total,
                            "fraction": round(m.fraction, 6), "reused_words": m.reused_words,
                            "total_words": m.total_words, "allowed": m.allowed, "over_limit": m.over_limit,
                            "remaining": m.remaining},
            "link": self.link.to_dict(),
            "passages": [passage_dict(p) for p in self.passages],
            "original": self.original.to_dict(),
            "republished": self.republished.to_dict(),
            "policy": self.policy.to_dict(),
        }
