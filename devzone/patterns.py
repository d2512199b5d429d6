"""What a regular expression needs before it can match, read from the pattern itself, so searches can skip
text where it cannot.

* ``guarded(pattern)``: the same pattern behind a lookahead on the characters a match can start with.
  Python's ``re`` tries every alternative of an alternation at every position unless each alternative opens
  with a plain character; a pattern of named groups (``(?P<y>20\\d\\d)年|(?P<last>去年)…``) or alternatives
  opening with a lookbehind, a class or an optional part costs several times more than the same pattern
  guarded (``(?=[2去…])(?:…)`` fails at once where no match can start).  Matches, groups and group names are
  unchanged.
* ``guarded_each(alternatives)``: alternatives joined into one pattern, each guarded by its own first
  characters, the whole by all of theirs; ``quick_each`` the same where ``re`` does not skip ahead by itself.
* ``quick(pattern)``: the pattern guarded only where ``re`` does not already skip ahead by itself (it does
  for a pattern opening with a literal, a class or alternatives of plain characters, which a guard slows).
* ``required_words(pattern)``: pieces of text one of which every match holds (``提报``… of
  ``已(?:提报|申报)``): a text holding none of them cannot match.
* ``Gated(pattern)``: the pattern searched only in a text holding one of its required words (one scan for the
  words, in C, instead of trying the pattern at every position of a text that holds none).
* ``RuleIndex(patterns)``: named patterns indexed by their required words; ``candidates(text)`` names, from one
  scan of text, every pattern that can match in it (so a caller tries only those).

Both read the pattern with ``re``'s own parser (an internal module): if it cannot be read, nothing is
assumed (the pattern is returned unchanged, no words are required), so a result is never wrong, only slower.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _compiler
from re import _constants as _sre
from re._parser import SubPattern as _SubPattern
from re._parser import parse as _parse

_CATEGORY_CLASS = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_WORD: r"\w"}


class _Unknown(Exception):
    """The parsed pattern holds a construct these helpers do not reason about."""


def _class_items(av: list) -> list[str]:
    """The members of a parsed character class, as the text of a class's members."""
    out = []
    for op, arg in av:
        if op is _sre.LITERAL:
            out.append(re.escape(chr(arg)))
        elif op is _sre.RANGE:
            out.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is _sre.CATEGORY and arg in _CATEGORY_CLASS:
            out.append(_CATEGORY_CLASS[arg])
        else:  # a negated class, \D, \W …: any character may start the match
            raise _Unknown
    return out


def _first(items: list) -> tuple[list[str], bool]:
    """(class members that can start a match of the parsed sequence, whether it can match empty)."""
    found: list[str] = []
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # zero width: the first character consumed comes later
        if op is _sre.LITERAL:
            return found + [re.escape(chr(av))], False
        if op is _sre.IN:
            return found + _class_items(av), False
        if op is _sre.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise _Unknown
            first, empty = _first(list(av[-1]))
        elif op is _sre.BRANCH:
            first, empty = [], False
            for branch in av[1]:
                f, e = _first(list(branch))
                first += f
                empty = empty or e
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            first, empty = _first(list(av[2]))
            empty = empty or av[0] == 0
        else:  # a back reference, an atomic group, ANY …
            raise _Unknown
        found += first
        if not empty:
            return found, False
    return found, True


def _first_class(items: list) -> str | None:
    """The members of a class holding every character a match of the parsed sequence can start with, or None."""
    try:
        first, empty = _first(items)
    except _Unknown:
        return None
    return None if empty or not first else "".join(dict.fromkeys(first))


def first_characters(pattern: re.Pattern[str]) -> str | None:
    """The members of a character class holding every character a match of pattern can start with
    (``2去上\\d``…), or None when the pattern does not tell (it can match empty, starts with any character,
    uses flags these helpers leave alone).  For a pattern compiled with re.IGNORECASE the members are those
    as written: a class compiled with the same flags matches every case of them, as the pattern does."""
    if pattern.flags & re.VERBOSE:
        return None
    try:
        return _first_class(list(_parse(pattern.pattern, pattern.flags)))
    except Exception:  # re's internal parser changed
        return None


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """pattern behind a lookahead on its first characters (same matches, groups and names), or pattern
    itself when its first characters cannot be told."""
    first = first_characters(pattern)
    if first is None:
        return pattern
    try:
        return re.compile(f"(?=[{first}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # e.g. global inline flags, which must open a pattern
        return pattern


def guarded_each(alternatives: list[str], flags: int = 0) -> re.Pattern[str]:
    """The alternatives as one pattern (``a|b|…``, same matches, groups and names), each behind a lookahead
    on its own first characters and the whole behind one on all of theirs: at a position where some
    alternative can start, ``re`` tries the others only as far as a one-character test, instead of running
    each one's lookbehinds and optional parts (an alternative whose first characters cannot be told is
    left as it is)."""
    return guarded(re.compile("|".join(guarded(re.compile(a, flags)).pattern for a in alternatives), flags))


def quick_each(alternatives: list[str], flags: int = 0) -> re.Pattern[str]:
    """The faster of the alternatives joined plainly and guarded_each (same matches, groups and names): the
    plain join when re skips ahead on it."""
    plain = re.compile("|".join(alternatives), flags)
    return plain if skips_ahead(plain) else guarded_each(alternatives, flags)


def skips_ahead(pattern: re.Pattern[str]) -> bool:
    """True when ``re`` itself jumps to the places a match of pattern can start: the pattern opens with a
    literal, a class, or alternatives each opening with a plain character (re's literal and charset
    prefixes).  Guarding such a pattern only slows it down."""
    try:
        return _skips(_parse(pattern.pattern, pattern.flags), pattern.flags)
    except Exception:  # re's internals changed: assume it does not
        return False


def _skips(parsed: _SubPattern, flags: int) -> bool:
    """skips_ahead of a parsed pattern (may raise if re's internals changed)."""
    return (bool(_compiler._get_literal_prefix(parsed, flags)[0])
            or _compiler._get_charset_prefix(parsed, flags) is not None)


def quick(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The faster of pattern and guarded(pattern) (same matches, groups and names): pattern itself when re
    skips ahead on it."""
    return pattern if skips_ahead(pattern) else guarded(pattern)


def _candidates(items: list) -> list[tuple[set[str], int]]:
    """The candidates of _required among the parsed sequence's items, each with the index of the item it
    begins at."""
    candidates: list[tuple[set[str], int]] = []
    run, run_start = "", 0
    for i, (op, av) in enumerate([*items, (None, None)]):
        if op is _sre.LITERAL:
            if not run:
                run_start = i
            run += chr(av)
            continue
        if run:
            candidates.append(({run}, run_start))
            run = ""
        inner: set[str] | None = None
        if op is _sre.SUBPATTERN and not av[1] & re.IGNORECASE:
            inner = _required(list(av[-1]))
        elif op is _sre.BRANCH:
            branches = [_required(list(b)) for b in av[1]]
            inner = set().union(*branches) if all(branches) else None
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            inner = _required(list(av[2]))
        if inner:
            candidates.append((inner, i))
    return candidates


def _best(candidates: list[tuple[set[str], int]]) -> tuple[set[str], int] | None:
    """The candidate whose shortest string is longest (the first of equals)."""
    return max(candidates, key=lambda c: min(map(len, c[0])), default=None)


def _required(items: list) -> set[str] | None:
    """Strings one of which every match of the parsed sequence contains, or None when unknown.  Of the
    candidates (a run of plain characters, a group or alternation whose every branch has some, a repeat
    of at least once), the one whose shortest string is longest."""
    best = _best(_candidates(items))
    return best[0] if best else None


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Pieces of text one of which every match of pattern holds, longest first; empty when the pattern
    does not tell (a text holding none of them cannot match)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    try:
        found = _required(list(_parse(pattern.pattern, pattern.flags)))
    except Exception:  # re's internal parser changed: no shortcut, the search itself still runs
        return ()
    return tuple(sorted(found, key=len, reverse=True)) if found else ()


def _refers_back(items: list) -> bool:
    """True when the parsed sequence holds a back reference or a conditional on a group."""
    for op, av in items:
        if op in (_sre.GROUPREF, _sre.GROUPREF_EXISTS, _sre.GROUPREF_IGNORE, _sre.GROUPREF_LOC_IGNORE,
                  _sre.GROUPREF_UNI_IGNORE):
            return True
        if op is _sre.SUBPATTERN and _refers_back(list(av[-1])):
            return True
        if op is _sre.BRANCH and any(_refers_back(list(b)) for b in av[1]):
            return True
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and _refers_back(list(av[2])):
            return True
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.ATOMIC_GROUP) and _refers_back(list(av[-1])):
            return True
    return False


def _tail_items(items: list, state) -> tuple[list, int]:
    """(tail, lead) of a parsed sequence as required_tail reads them; a group (no flags of its own) holding the
    required words is entered, its tail joined to what follows the group (the group's capture is not needed to
    tell where a match can be)."""
    best = _best(_candidates(items))
    if best is None:
        raise _Unknown
    k = best[1]
    lead = _SubPattern(state, items[:k]).getwidth()[1] if k else 0
    op, av = items[k]
    if op is _sre.SUBPATTERN and not av[1] and not av[2]:
        inner, inner_lead = _tail_items(list(av[-1]), state)
        return inner + items[k + 1:], lead + inner_lead
    return items[k:], lead


def required_tail(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], int | None] | None:
    """(tail, lead): the pattern's parts from the one holding its required words (required_words) to its end,
    compiled on their own, and the most characters a match can hold before them (None: no bound), or None
    when the pattern does not tell.  Every match of pattern at s holds a match of tail at some t >= s, with
    t - s <= lead; so a text where tail.search finds nothing from a position holds no match of pattern
    from there, and none starts more than lead characters before the first match of tail.  (Assertions see
    the whole text in both, so they hold alike; a back reference would not, and is not cut off.)  When the
    required words are in a group (``(?P<item>[^,]{2,14}?(?:产业|行业))成为``), the tail starts at the group's
    own part holding them (``(?:产业|行业)成为``, not at the item's first character, which is any), and is
    guarded by its first characters (patterns.guarded) where re would not skip ahead by itself."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        parsed = _parse(pattern.pattern, pattern.flags)
        items = list(parsed)
        if _refers_back(items):
            return None
        tail_items, lead = _tail_items(items, parsed.state)
        tail = _compiler.compile(_SubPattern(parsed.state, tail_items), pattern.flags)
        first = _first_class(tail_items)
        if first and not _skips(_SubPattern(parsed.state, tail_items), pattern.flags):
            guard = list(_parse(f"(?=[{first}])", pattern.flags))
            tail = _compiler.compile(_SubPattern(parsed.state, guard + tail_items), pattern.flags)
    except Exception:  # _Unknown, or re's internals changed: no shortcut
        return None
    return tail, (lead if lead < _sre.MAXREPEAT else None)


class RuleIndex:
    """Named patterns indexed by their required words (``required_words``): ``candidates(text)`` names every
    pattern that can match somewhere in text — those requiring no word, and those one of whose words text
    holds — from one scan of text. A pattern left out cannot match, so testing only the candidates finds the
    same matches."""

    def __init__(self, patterns: dict[str, re.Pattern[str]]) -> None:
        self.patterns = dict(patterns)
        words_of = {name: required_words(p) for name, p in patterns.items()}
        self.unbound = frozenset(name for name, words in words_of.items() if not words)
        words = sorted({w for ws in words_of.values() for w in ws}, key=len, reverse=True)
        # the longest word starting at a position; every other word starting there is a prefix of it
        self._scan = re.compile("|".join(map(re.escape, words))) if words else None
        self._names = {w: frozenset(name for name, ws in words_of.items() if any(w.startswith(v) for v in ws))
                       for w in words}

    def candidates(self, text: str) -> frozenset[str]:
        """Names of the patterns that can match in text (searched again from the character after each word
        found, so overlapping words are all seen)."""
        found = self.unbound
        m = self._scan.search(text) if self._scan else None
        while m:
            found = found | self._names[m.group()]
            m = self._scan.search(text, m.start() + 1)
        return found


class Gated:
    """A pattern searched (from a text's start) only in texts holding one of its required words
    (``required_words``): a text holding none cannot match, and the words, searched as one alternation of
    plain strings, are found faster than the pattern is tried at every position.  Matches are the pattern's."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        words = required_words(pattern)
        self.words = re.compile("|".join(map(re.escape, words))) if words else None

    def may_match(self, text: str) -> bool:
        """False when text holds none of the required words (then the pattern has no match in it)."""
        return self.words is None or self.words.search(text) is not None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None
