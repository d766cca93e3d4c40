"""reuse_guard: check a republished news page against its original under a syndication policy.

    >>> import reuse_guard
    >>> report = reuse_guard.check(Path("original.html"), Path("republished.html"))  # doctest: +SKIP
    >>> report.reused_fraction, report.compliant, [v.code for v in report.violations]  # doctest: +SKIP

The public surface is `__all__`; everything else lives in modules that each own one concern.
"""

from __future__ import annotations

from .align import Passage
from .errors import FetchError, InputError, MissingOriginalURLError, PolicyError, ReuseGuardError
from .links import LinkFinding
from .load import Html, Limits, Text
from .measure import Measurement
from .page import Anchor, TextURL
from .pipeline import check
from .policy import LinkPlacement, Policy, ShareUnit, load_policy
from .report import SCHEMA_VERSION, DocumentSummary, Report
from .verdict import Finding, RuleResult

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Anchor",
    "DocumentSummary",
    "FetchError",
    "Finding",
    "Html",
    "InputError",
    "Limits",
    "LinkFinding",
    "LinkPlacement",
    "Measurement",
    "MissingOriginalURLError",
    "Passage",
    "Policy",
    "PolicyError",
    "Report",
    "ReuseGuardError",
    "RuleResult",
    "ShareUnit",
    "Text",
    "TextURL",
    "check",
    "load_policy",
]
