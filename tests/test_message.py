"""The one message type (domain/message.py): how fields and plurals are
worded, in both languages, and the refusals that carry a message."""

from __future__ import annotations

import datetime as dt

import pytest

from kompas_tui.domain.dates import DateError
from kompas_tui.domain.evaluation import RoundRefused
from kompas_tui.domain.message import Message, Refusal, plural, quoted_names
from kompas_tui.domain.voting import VotingRefused, voting_message
from kompas_tui.storage.ballot_box import BallotError


@pytest.mark.parametrize(
    ("count", "da", "en"),
    [
        (0, "0 prikker", "0 dots"),
        (1, "1 prik", "1 dot"),
        (2, "2 prikker", "2 dots"),
        (-1, "-1 prikker", "-1 dots"),
    ],
)
def test_a_count_picks_the_form_and_fills_n(count, da, en):
    assert plural("voting.unit.dot", count, "da") == da
    assert Message("voting.unit.dot", count=count).text("en") == en
    assert Message("voting.unit.dot", count=count).catalog_key == f"voting.unit.dot.{'one' if count == 1 else 'other'}"


def test_plural_takes_further_fields():
    assert plural("ui_live.count.of", 1, "en", participants=5) == "1 of 5 has voted"
    assert plural("ui_live.count.of", 3, "da", participants=5) == "3 af 5 har stemt"


def test_fields_are_worded_in_the_language_asked_for():
    nested = Message("history.action.added_deadline", {"id": "a1", "date": dt.date(2027, 1, 15)})
    assert nested.text("da") == "a1 tilføjet (15. jan. 2027)"
    assert nested.text("en") == "a1 added (15 Jan 2027)"
    ranked = voting_message("voting.notice.tied_at_cut", places=1, themes=("B", "[/]", "æøå"))
    assert "'B', '[/]' og 'æøå'" in ranked.text("da")
    assert "'B', '[/]' and 'æøå'" in ranked.text("en")
    assert "den sidste plads" in ranked.text("da")


def test_a_message_in_a_field_is_worded_with_it():
    inner = voting_message("voting.ballot.over_budget", total=5, own=3)
    outer = Message("ballot.error.invalid", {"problems": (inner, inner)})
    assert outer.text("en") == "The ballot cannot be cast: " + " ".join([inner.text("en")] * 2)
    assert "5 prikker" in outer.text("da") and "3 prikker" in outer.text("da")


def test_user_text_in_a_field_stays_as_it_is():
    hostile = "[bold]x[/] {n} \x1b[31m 😀"
    assert Message("voting.refused.negative", {"theme": hostile}).text("en") == f"'{hostile}' cannot have fewer than 0 dots."


def test_quoted_names():
    assert quoted_names([], "en") == ""
    assert quoted_names(["A"], "en") == "'A'"
    assert quoted_names(["A", "B"], "da") == "'A' og 'B'"


@pytest.mark.parametrize("kind", [VotingRefused, RoundRefused, BallotError, DateError])
def test_every_refusal_holds_a_message(kind, english):
    refusal = kind("voting.refused.empty_name")
    assert isinstance(refusal, Refusal)
    assert refusal.key == "voting.refused.empty_name" and refusal.fields == {}
    assert refusal.message == Message("voting.refused.empty_name", units=kind.UNITS)
    assert str(refusal) == refusal.text() == Message("voting.refused.empty_name").text("en")


def test_a_refusal_can_carry_a_message_made_elsewhere():
    found = voting_message("voting.ballot.over_budget", total=5, own=3)
    refusal = VotingRefused(found)
    assert refusal.message is found
    assert refusal.text("da") == found.text("da")


def test_a_date_error_is_still_a_value_error():
    assert issubclass(DateError, ValueError)
