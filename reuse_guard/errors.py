"""Every error reuse_guard raises, under one root.

    ReuseGuardError                 the root: catch this to catch them all
     ├── InputError                 an input cannot be read, decoded or used (names the input)
     │    ├── MissingOriginalURLError   the original's URL is needed and unknown
     │    └── FetchError            an http(s) input could not be fetched (timeout, size, redirects, status)
     └── PolicyError                a policy file or field is invalid

The command line maps every one of them to exit code 2 with the message, never a traceback.
Messages name the input and say what to do next.
"""

from __future__ import annotations

import re

__all__ = ["FetchError", "InputError", "MissingOriginalURLError", "PolicyError", "ReuseGuardError"]


# The user-info part of a URL ("https://user:secret@host/"): never echoed, as messages end up in logs.
_USERINFO = re.compile(r"(?<=://)[^/?#\s]*@")


def mask_userinfo(text: str) -> str:
    """`text` with the user-info part of any URL in it ("user:secret@") written as "***@"."""
    return _USERINFO.sub("***@", text)


class ReuseGuardError(Exception):
    """Root of every error raised by reuse_guard. A password written in a URL is masked in the message."""

    def __init__(self, *args: object) -> None:
        super().__init__(*(mask_userinfo(a) if isinstance(a, str) else a for a in args))


class InputError(ReuseGuardError):
    """An input (file, URL, stdin or in-memory document) cannot be read, decoded or used."""


class MissingOriginalURLError(InputError):
    """The original article's URL is needed to judge the hyperlink, and neither the caller nor the page gives one."""


class FetchError(InputError):
    """An http(s) input could not be fetched: unreachable, timed out, too large, too many redirects, bad status."""


class PolicyError(ReuseGuardError):
    """A policy file or policy field is invalid."""
