"""What the page's own CSS hides: inline `style` declarations and the class/id rules of its `<style>` sheets.

Used by the visible-text walk (`visible`) to tell hidden elements: `display:none`, `visibility:hidden`,
off-screen or zero-size boxes, `opacity:0` (inline only) and the simple class/id rules of the page's sheets.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import TypeAlias

__all__ = ["hidden_rules"]

_STYLE_SHEET = re.compile(r"<style\b[^>]*>([^<]*(?:<(?!/style\s*>)[^<]*)*)</style\s*>", re.I)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_BRACE = re.compile(r"[{}]")
_NOT_BRACE = bytes(b for b in range(256) if b not in b"{}")  # bytes.translate deletes all but the braces
_SIMPLE_SELECTOR = re.compile(r"\s*[a-z0-9]*([.#])([\w-]+)\s*", re.I)
# A declaration list that hides holds one of these (see `_style_hiding`); one without them never hides in a
# sheet (where opacity:0 does not count). `_hiding_declarations` finds them faster, from the colon.
_HIDING_DECL = re.compile(r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|overflow\s*:\s*hidden"
                          r"|(?:left|top|text-indent|margin-left)\s*:\s*-\d{3}|clip\s*:\s*rect", re.I)
# The values that may hide, after a colon, in any letter case. Spelled out letter by letter rather than
# lower-casing the sheet first (a copy of every sheet): `re.I` would also match "ſ" for "s", which
# lower-casing does not.
_HIDING_VALUE = re.compile(r":\s*(?:[nN][oO][nN][eE]|[hH][iI][dD][dD][eE][nN]|[cC][oO][lL][lL][aA][pP][sS][eE]"
                           r"|[rR][eE][cC][tT]|-\d{3})")
_LONGEST_PROPERTY = 11  # len("margin-left")
_LAST_LETTERS = "yYwWtTpP"  # how the hiding properties end: "none" mostly follows others (border, list-style...)
_HIDING_PROPERTIES = ("display", "visibility", "overflow", "left", "top", "text-indent", "margin-left", "clip")
_DECL = re.compile(r"([a-z-]+)\s*:\s*([^;]*)", re.I)
_IMPORTANT = re.compile(r"\s*!\s*important\s*$")
_PX = re.compile(r"^(-?\d+(?:\.\d+)?)(px|em|rem|pt|%|vw|vh)?$")


def hidden_rules(html: str) -> tuple[dict[str, str], dict[str, str]]:
    """Class and id selectors that the page's own `<style>` sheets hide: ({class: reason}, {id: reason}).

    Only top-level rules with simple selectors (`.c`, `#i`, `tag.c`) count: rules under `@media` or with
    combinators and pseudo-classes apply to some screens or states only, so they cannot prove hiding.
    A sheet's `opacity:0` is left out too: it is how scripted fade-ins start.
    """
    sheets = _STYLE_SHEET.findall(html)
    classes = ClassRules(sheets)
    ids: dict[str, str] = {}
    for sheet in sheets:
        for kind, name, reason in _sheet_rules(sheet):
            (classes if kind == "." else ids)[name] = reason
    return classes, ids


class ClassRules(dict[str, str]):
    """{class: reason} of the classes a page's sheets hide, and (`shown`, read from the sheets when first asked:
    most pages never ask) the classes a rule for some screen widths displays: an element holding one is shown on
    those screens (Bootstrap's "d-none d-md-block"), so its other classes' hiding proves nothing."""

    def __init__(self, sheets: list[str]) -> None:
        super().__init__()
        self.sheets = sheets

    @cached_property
    def shown(self) -> frozenset[str]:
        return frozenset(name for sheet in self.sheets for name in _showing_classes(sheet))

    @cached_property
    def spacing(self) -> dict[str, tuple[bool, bool]]:
        """{class: (gap before, gap after)} of the classes a sheet's rule gives a horizontal margin or padding a
        reader sees as a word gap (see `gaps`): read only for a page whose text reads as glued words."""
        out: dict[str, tuple[bool, bool]] = {}
        for sheet in self.sheets:
            for name, before, after in _gap_rules(sheet):
                was = out.get(name, (False, False))
                out[name] = (was[0] or before, was[1] or after)
        return out


# A rule's selector list and declarations (a rule nested in @media is found by its own braces).
# (The lookbehind starts a match only after a brace or at the start: a long stretch without braces is tried once,
# not from each of its characters.)
_RULE = re.compile(r"(?<![^{}])([^{}]*)\{([^{}]*)\}")
_CLASS_SELECTOR = re.compile(r"[a-z0-9]*\.([\w-]+)", re.I)


@lru_cache(maxsize=64)
def _gap_rules(sheet: str) -> tuple[tuple[str, bool, bool], ...]:
    """(class, gap before, gap after) of a sheet's simple top-level class rules that leave a word-gap margin and
    padding on a side: a class's declarations in sheet order (a later one wins), padding and margin summed (a
    negative margin takes the padding back); rules under @media, @supports and the like are left out (print)."""
    low = sheet.lower()
    if "margin" not in low and "padding" not in low:
        return ()
    top = _AT_BLOCK.sub(" ", _CSS_COMMENT.sub("", low))
    declared: dict[str, dict[str, str]] = {}
    for selectors, body in _RULE.findall(top):
        names = [m.group(1) for m in map(_CLASS_SELECTOR.fullmatch, map(str.strip, selectors.split(","))) if m]
        if names:
            decl = _declarations(body)
            for name in names:
                declared.setdefault(name, {}).update(decl)
    out = []
    for name, decl in declared.items():
        before, after = _net_gap(decl, "left"), _net_gap(decl, "right")
        if before or after:
            out.append((name, before, after))
    return tuple(out)


_LEADING_DOT = re.compile(r"^(-?)\.")  # ".3em", "-.3em": CSS lets the zero go
# An at-rule's block with the rules inside it (one level of nesting).
_AT_BLOCK = re.compile(r"@[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")


def _net_gap(decl: dict[str, str], side: str) -> bool:
    """Whether padding and margin on `side` ("left", "right") add up to a word gap."""
    total = 0.0
    for box in ("padding", "margin"):
        value = decl.get(f"{box}-{side}") or decl.get(f"{box}-inline-{'start' if side == 'left' else 'end'}")
        if value is None and box in decl:
            value = _shorthand_side(decl[box].split(), side)
        got = _measure(_LEADING_DOT.sub(r"\g<1>0.", value.strip())) if value else None
        if got is not None and got[1] != "%":
            total += got[0] * (16.0 if got[1] in ("em", "rem") else 1.0)
    return total >= 2.4  # pixels: 0.15em of a 16px font, 2px (as `gaps`)


# An @media block for some screen widths, with its rules (one level of braces inside: a deeper block is skipped).
_WIDTH_MEDIA = re.compile(r"@media[^{]*?width[^{]*\{((?:[^{}]*\{[^{}]*\})*[^{}]*)\}", re.I)
_SHOWING_CLASS = re.compile(r"\.([\w-]+)\s*\{[^{}]*?\bdisplay\s*:\s*"
                            r"(?:block|inline|flex|grid|table|list-item|contents)", re.I)


@lru_cache(maxsize=64)
def _showing_classes(sheet: str) -> tuple[str, ...]:
    """The classes that a sheet's `@media (... width ...)` blocks display (not print, not all screens: there the
    cascade decides, which is not followed here)."""
    if "@media" not in sheet and "@MEDIA" not in sheet.upper():
        return ()
    return tuple(name for block in _WIDTH_MEDIA.findall(sheet) for name in _SHOWING_CLASS.findall(block))


@lru_cache(maxsize=64)
def _sheet_rules(sheet: str) -> tuple[tuple[str, str, str], ...]:
    """The hiding rules of one sheet as (".", class, reason) or ("#", id, reason), in sheet order.

    Cached: the pages of one site share their sheets. Only the rules holding a declaration that can hide
    (`_HIDING_DECL`) are read; where braces are balanced they are found from those declarations with
    C-level searches, else by the brace walk of `_sheet_rules_walk`.
    """
    sheet = _CSS_COMMENT.sub("", sheet)
    hits = _hiding_declarations(sheet)
    if not hits:
        return ()
    # The braces alone (UTF-8 never writes them inside another character), minus balanced pairs.
    braces = sheet.encode("utf-8", "surrogatepass").translate(None, _NOT_BRACE)
    while b"{}" in braces:
        braces = braces.replace(b"{}", b"")
    if braces:  # a stray or unclosed brace: walk them as a browser's tokenizer would
        return _sheet_rules_walk(sheet)
    out: list[tuple[str, str, str]] = []
    depth, at, last_rule = 0, 0, -1
    for hit in hits:
        depth += sheet.count("{", at, hit) - sheet.count("}", at, hit)
        at = hit
        if depth != 1:
            continue
        opened = sheet.rfind("{", 0, hit)
        if opened <= last_rule or sheet.rfind("}", 0, hit) > opened:
            continue  # a rule already read, or inside a block of rules (@media)
        closed = _BRACE.search(sheet, hit)
        if closed is None or closed.group() == "{":
            continue  # the block holds rules: not a flat rule
        last_rule = opened
        before = max(sheet.rfind("}", 0, opened), sheet.rfind("{", 0, opened))
        out += _rule(sheet[before + 1:opened], sheet[opened + 1:closed.start()])
    return tuple(out)


def _hiding_declarations(sheet: str) -> list[int]:
    """Positions in `sheet` of declarations that may hide (a superset of `_HIDING_DECL`'s matches)."""
    if "\u0130" in sheet:  # "İ", the one letter whose lower case is longer, would shift offsets below
        return [m.start() for m in _HIDING_DECL.finditer(sheet)]
    out = []
    for m in _HIDING_VALUE.finditer(sheet):  # found from the colon: a literal the regex engine skips to
        at = m.start()
        while at and sheet[at - 1].isspace():
            at -= 1
        if at and sheet[at - 1] in _LAST_LETTERS \
                and sheet[max(at - _LONGEST_PROPERTY, 0):at].lower().endswith(_HIDING_PROPERTIES):
            out.append(at - 1)
    return out


def _sheet_rules_walk(sheet: str) -> tuple[tuple[str, str, str], ...]:
    """`_sheet_rules` by walking every brace (a stray `}` at the top level is ignored)."""
    out: list[tuple[str, str, str]] = []
    depth, start = 0, 0
    selectors = ""
    for m in _BRACE.finditer(sheet):
        if m.group() == "{":
            if depth == 0:
                selectors, start = sheet[start:m.start()], m.end()
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                body, start = sheet[start:m.start()], m.end()
                if "{" not in body and _HIDING_DECL.search(body):
                    out += _rule(selectors, body)
            depth = max(depth, 0)
    return tuple(out)


def _rule(selectors: str, body: str) -> list[tuple[str, str, str]]:
    """The hiding entries of one top-level rule: its simple selectors, when its body hides."""
    if selectors.lstrip().startswith("@"):
        return []
    hides = _style_hiding(body)
    reason = hides[0] or (hides[1] if hides[1] == "visibility:hidden" else None)
    if not reason or reason == "opacity:0":  # a sheet's opacity:0 is an animation's start
        return []
    out = []
    for sel in selectors.split(","):
        sm = _SIMPLE_SELECTOR.fullmatch(sel)
        if sm:
            out.append((sm.group(1), sm.group(2), reason))
    return out


# A transform that draws an element at no size (scale(0), scaleX(0), scale3d(0, ...), a zero matrix; not scaleZ,
# which only flattens depth), a clip that leaves nothing (inset of half or more on every side, a circle or
# ellipse of no radius, a point); a filter that makes it clear.
_SCALED_AWAY = re.compile(r"scale(?:[xy]|3d)?\(\s*-?0*\.?0*\s*[,)]|scale\(\s*[^,)]*,\s*-?0*\.?0*\s*\)|"
                          r"matrix\(\s*0*\.?0*\s*,\s*0*\.?0*\s*,\s*0*\.?0*\s*,\s*0*\.?0*\s*,")
_HALF = r"(?:[5-9]\d(?:\.\d*)?|100)%"
_CLIPPED_AWAY = re.compile(rf"inset\(\s*{_HALF}(?:\s+{_HALF}){{0,3}}\s*(?:round[^)]*)?\)|"
                           r"circle\(\s*0+(?:\.0*)?(?:px|%|em|rem)?\s*(?:\)|at\b)|"
                           r"ellipse\(\s*0+(?:\.0*)?(?:px|%|em|rem)?\s+0+(?:\.0*)?(?:px|%|em|rem)?\s*(?:\)|at\b)|"
                           r"polygon\(\s*0\s+0\s*\)")
_FILTERED_AWAY = re.compile(r"opacity\(\s*0*\.?0*%?\s*\)")


def _far_off(value: str, far: int) -> bool:
    """Whether an offset moves an element off any screen: `far` pixels or more (or ems, percents: the unit barely
    matters so far off), or a whole viewport (-100vw)."""
    got = _measure(value)
    if got is None:
        return False
    n, unit = got
    return n <= -100 if unit in ("vw", "vh") else n <= -far  # (a unitless length is px in quirks mode)


def _no_length(value: str) -> bool:
    """Whether a length is (about) nothing: 0, or under a pixel (not 1em, which is a line)."""
    got = _measure(value)
    return got is not None and got[0] < 1 and got[1] in (None, "px", "pt", "em", "rem", "%")


def _shorthand_side(values: list[str], side: str) -> str | None:
    """The `side` ("left", "right") of a margin or padding shorthand's values: one value is every side; two or
    three, the second is left and right; four are top, right, bottom, left."""
    if not values:
        return None
    right = values[1] if len(values) > 1 else values[0]
    return values[3] if side == "left" and len(values) == 4 else right


@lru_cache(maxsize=1024)
def gaps(style: str) -> tuple[bool, bool]:
    """Whether the inline `style` sets a horizontal margin or padding before and after its element (left, right:
    the longhands, the logical inline-start/-end ones, or the shorthands' horizontal values) of a length a
    reader sees as a gap between words (0.15em, 2px)."""
    decl = _declarations(style)
    before = after = False
    for box in ("margin", "padding"):
        values = decl.get(box, "").split()
        if values:
            left, right = _shorthand_side(values, "left"), _shorthand_side(values, "right")
            before, after = before or _gap(left or ""), after or _gap(right or "")
        before = before or _gap(decl.get(f"{box}-left", "")) or _gap(decl.get(f"{box}-inline-start", ""))
        after = after or _gap(decl.get(f"{box}-right", "")) or _gap(decl.get(f"{box}-inline-end", ""))
    return before, after


def _gap(value: str) -> bool:
    value = value.strip()
    got = _measure("0" + value if value.startswith(".") else value)
    if got is None:
        return False
    n, unit = got
    return n >= (0.15 if unit in ("em", "rem") else 2) and unit != "%"


def _measure(value: str) -> tuple[float, str | None] | None:
    """(number, unit or None) of a CSS length as written ("-9999px", "0", "1.5em"); None for anything else."""
    m = _PX.match(value.strip().lower().removesuffix("!important").strip())
    return (float(m.group(1)), m.group(2)) if m else None


def _length(value: str) -> float | None:
    """A length's number, when it has a unit or is zero (a unitless length is no length but 0)."""
    got = _measure(value)
    return got[0] if got is not None and (got[1] or got[0] == 0) else None


@lru_cache(maxsize=4096)
def _style_hiding(style: str) -> tuple[str | None, str | None, str | None]:
    """(hiding reason, visibility: 'hidden'/'visible'/None, display: 'block'/'inline'/None) of a declaration list.

    Cached: a site's pages repeat their inline styles and rule bodies.
    """
    decl = _declarations(style)
    hidden = None
    display = decl.get("display")
    if display == "none":
        hidden = "display:none"
    visibility = {"hidden": "hidden", "collapse": "hidden", "visible": "visible"}.get(decl.get("visibility", ""))
    if hidden is None:
        pos = decl.get("position", "")
        far = 500 if pos == "fixed" else 999  # (a fixed element this far out is off the viewport)
        for prop in ("left", "top", "right", "bottom", "text-indent", "margin-left"):
            placed = prop in ("text-indent", "margin-left") or pos in ("absolute", "fixed")
            if placed and _far_off(decl.get(prop, ""), far):
                hidden = "off-screen"
        w, h = _length(decl.get("width", "")), _length(decl.get("height", ""))
        if decl.get("overflow") == "hidden" and ((w is not None and w <= 1) or (h is not None and h <= 1)):
            hidden = "zero-size"
        clip = decl.get("clip", "").replace(" ", "").replace("px", "")
        if clip in ("rect(0,0,0,0)", "rect(0000)", "rect(1,1,1,1)", "rect(1111)") and pos in ("absolute", "fixed"):
            hidden = "zero-size"
        if _CLIPPED_AWAY.match(decl.get("clip-path", "")) is not None:
            hidden = "zero-size"
        # Folded away as a "read more" box or an accordion folds its text (no height, or scaled to nothing):
        # revealable, as display:none is.
        transform = decl.get("transform", "")
        no_room = decl.get("overflow") == "hidden" and (_no_length(decl.get("max-height", ""))
                                                          or _no_length(decl.get("max-width", "")))
        if no_room or (transform and _SCALED_AWAY.search(transform) is not None):
            hidden = "folded"
        if decl.get("opacity", "").strip() in ("0", "0.0", ".0", "0%") or \
                _FILTERED_AWAY.search(decl.get("filter", "")) is not None:
            hidden = "opacity:0"
        if decl.get("content-visibility") == "hidden":
            hidden = "content-visibility:hidden"
    shown = None
    if display:
        shown = "inline" if display in ("inline", "inline-block", "contents") else "block" \
            if display in ("block", "flex", "grid", "list-item", "table", "table-row", "table-cell") else None
    return hidden, ("visibility:hidden" if visibility == "hidden" else "visible" if visibility else None), shown


_TRANSPARENT = re.compile(r"^(?:transparent|rgba?\([^)]*[,/]\s*(?:0+(?:\.0*)?|\.0+)%?\s*\)|"
                          r"hsla?\([^)]*[,/]\s*(?:0+(?:\.0*)?|\.0+)%?\s*\)|#[0-9a-f]{3}0|#[0-9a-f]{6}00)$", re.I)
# No size, or under a pixel (a point): nothing a reader can make out.
_ZERO_SIZE = re.compile(r"^(?:0+(?:\.0*)?|\.0+)(?:px|pt|em|rem|%|vw|vh)?$|^0?\.\d+(?:px|pt)$", re.I)
# The size in a `font` shorthand: the first length or percentage, before an optional "/line-height".
_FONT_SIZE = re.compile(r"(?:^|\s)((?:\d*\.)?\d+(?:px|pt|em|rem|%|vw|vh)?)(?=\s|/|$)")


#: How an element's text is painted, as far as inline styles say: (its font size is zero, its colour is
#: transparent, its `-webkit-text-fill-color`: transparent True / opaque False / unset None).
Ink: TypeAlias = tuple[bool, bool, bool | None]
SEEN: Ink = (False, False, None)
# A font size relative to the parent's (0 stays 0); any other declared size sets one of its own.
_RELATIVE_SIZE = re.compile(r"^(?:[\d.]+(?:em|%)|smaller|larger|inherit|unset|revert)$", re.I)
# The declarations that can change the ink (a quick test before `ink_under` parses a style).
INK_PROPS = re.compile(r"font-size|font\s*:|color|background-clip", re.I)  # (font: the shorthand sets the size too)


@lru_cache(maxsize=1024)
def ink_under(style: str, inherited: Ink = SEEN) -> Ink:
    """The ink of an element with the inline `style` inside one written in `inherited` ink.

    Follows CSS: the last declaration of a property wins (an `!important` one over those that are not); a
    size in em or % of a zero size is zero, any other size is seen again; colour and fill inherit, and a
    declared fill paints over the colour; text painted by a background (`background-clip: text`) is seen.

    A link is judged by the ink of all its text (see `visible.Walker`): its own style and its children's.
    Styles around a link do not count: `font-size:0` on a box is a layout device whose children set their
    own size (from a sheet, unseen here), and a link holding an image is seen.
    """
    decl = _declarations(style)
    zero, clear, fill = inherited
    size = decl.get("font-size")
    font = decl.get("font")  # the shorthand: "0/0 a" (a classic text-hiding trick), "bold 14px/1.4 serif"
    if font is not None and (size is None or list(decl).index("font") > list(decl).index("font-size")):
        first = _FONT_SIZE.search(font)
        size = first.group(1) if first else size
    if size is not None and not _RELATIVE_SIZE.match(size):
        zero = _ZERO_SIZE.match(size) is not None
    color = decl.get("color")
    if color is not None and color not in ("inherit", "currentcolor"):
        clear = _TRANSPARENT.match(color) is not None
    paint = decl.get("-webkit-text-fill-color")
    if paint is not None and paint != "inherit":
        fill = None if paint == "currentcolor" else _TRANSPARENT.match(paint) is not None
    if "text" in decl.get("background-clip", "") or "text" in decl.get("-webkit-background-clip", ""):
        clear, fill = False, None
    return zero, clear, fill


def ink_reason(ink: Ink) -> str | None:
    """'font-size:0' or 'color:transparent' when text written in `ink` is unseen, else None."""
    zero, clear, fill = ink
    if zero:
        return "font-size:0"
    if fill if fill is not None else clear:
        return "color:transparent"
    return None


@lru_cache(maxsize=1024)
def inert(style: str, inherited: bool = False) -> bool:
    """Whether an element with the inline `style` ignores the pointer: `pointer-events: none` (the last
    declaration winning) makes it so, another value makes it take the pointer again, and without one it does
    as its parent (`inherited`; the property is inherited). A link written so cannot be clicked."""
    if "pointer-events" not in style.lower():
        return inherited
    value = _declarations(style).get("pointer-events")
    return inherited if value is None or value in ("inherit", "unset") else value == "none"


_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n]?|(.))", re.S)


def _unescape(m: re.Match[str]) -> str:
    if m.group(1) is None:
        return m.group(2)
    cp = int(m.group(1), 16)
    return chr(cp) if 0 < cp < 0x110000 and not 0xD800 <= cp < 0xE000 else "\ufffd"


def _declarations(style: str) -> dict[str, str]:
    """The value of each property the inline `style` declares, lower-cased: the last declaration, or the last
    `!important` one when there is one (as the cascade reads one style attribute)."""
    decl: dict[str, str] = {}
    important: set[str] = set()
    if "/*" in style:  # "display:/**/none" is display:none
        style = _CSS_COMMENT.sub("", style)
    if "\\" in style:  # "disp\61 y:none": CSS escapes
        style = _CSS_ESCAPE.sub(_unescape, style)
    for name, value in _DECL.findall(style):
        name, value = name.lower(), value.strip().lower()
        strong = "!" in value and _IMPORTANT.search(value) is not None
        if name in important and not strong:
            continue
        if strong:
            important.add(name)
            value = _IMPORTANT.sub("", value)
        decl[name] = value
    return decl


# Characters libxml2 parses out of HTML but lxml will not set as an element's text (C0 controls but tab, line
# feed and carriage return; lone surrogates; U+FFFE and U+FFFF): never seen on screen.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def settable(text: str | None) -> str | None:
    """`text` as lxml accepts it for an element's text or tail (see `_XML_UNSAFE`)."""
    return _XML_UNSAFE.sub("", text) if text and _XML_UNSAFE.search(text) else text
