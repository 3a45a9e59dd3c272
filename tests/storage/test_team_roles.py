"""Roles of a team project enforced by PostgreSQL: owner, coder, reader (issue 21).

Every refusal is the real server's, on the tests' throwaway cluster: first through the app (a clear
message, nothing saved), then with plain SQL through psycopg connected as that login (so a reader cannot
write even outside the app, a coder cannot touch another's rows or the taxonomy). The cluster trusts its
socket's users, so a login connects without its password here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest

from annotator.domain.errors import InvalidInput, NotPermitted, ReadOnlyProject
from annotator.services.project import Project
from tests.helpers import postgres

TEXT = "Comrades, the kulak saboteurs have been routed. The harvest is saved.\n"


@dataclass
class Team:
    cluster: postgres.TestCluster
    database: str
    owner: str  # the superuser, who made the project (owns its tables)
    coder: str
    other: str  # a second coder
    reader: str
    source_id: int
    others_annotation: int  # made by ``other``

    def url(self, user: str | None = None) -> str:
        return self.cluster.url(self.database, user)

    def sql(self, user: str, statement: str, params: Any = None) -> Any:
        """One statement as ``user`` through psycopg (not the app): its rowcount."""
        with psycopg.connect(self.url(user)) as connection:
            return connection.execute(statement, params).rowcount


@pytest.fixture
def team(postgres_server: postgres.TestCluster) -> Iterator[Team]:
    database = postgres_server.new_database()
    tail = uuid.uuid4().hex[:6]  # login roles belong to the whole cluster: one set per test
    coder, other, reader = f"maria_{tail}", f"omar_{tail}", f"lena_{tail}"
    try:
        with Project.open(postgres_server.url(database)) as owner:
            assert owner.team.add(coder, "coder", "pw-maria").created
            owner.team.add(other, "coder", "pw-omar")
            owner.team.add(reader, "reader", "pw-lena")
            source = owner.sources.import_bytes("s.txt", TEXT.encode(), {"title": "S"}).source_id
        with Project.open(postgres_server.url(database, other)) as as_other:
            made = as_other.annotations.create(source, 14, 29, ["bias/loaded-language"], note="Omar's")
        yield Team(
            postgres_server, database, postgres_server.superuser, coder, other, reader, source, made.id
        )
    finally:
        postgres_server.drop_database(database)


def test_members_are_listed_with_their_roles(team: Team) -> None:
    with Project.open(team.url()) as owner:
        members = {m.login: m.role for m in owner.team.members()}
        coders = {c.login for c in owner.coders.list()}
    assert members == {team.owner: "owner", team.coder: "coder", team.other: "coder", team.reader: "reader"}
    assert {team.coder, team.other} <= coders and team.reader not in coders


def test_a_role_can_be_changed_and_a_second_add_needs_no_password(team: Team) -> None:
    with Project.open(team.url()) as owner:
        again = owner.team.add(team.reader, "coder")  # exists: no password asked
        assert not again.created
        assert {m.login: m.role for m in owner.team.members()}[team.reader] == "coder"
        with pytest.raises(InvalidInput, match="password"):
            owner.team.add(f"new_{uuid.uuid4().hex[:6]}", "coder")
        with pytest.raises(InvalidInput, match="unknown role"):
            owner.team.add(team.coder, "admin")


def test_a_reader_opens_the_project_read_only_and_the_app_says_why(team: Team) -> None:
    with Project.open(team.url(team.reader)) as reader:
        assert reader.read_only
        assert [a.note for a in reader.annotations.list()] == ["Omar's"]
        with pytest.raises(ReadOnlyProject, match="reader"):
            reader.annotations.create(team.source_id, 0, 8)


def test_a_reader_cannot_write_even_with_plain_sql(team: Team) -> None:
    for statement in (
        "UPDATE annotations SET note = 'changed'",
        "DELETE FROM annotations",
        "INSERT INTO facets (slug, name, position) VALUES ('x', 'X', 99)",
        "UPDATE project_meta SET value = value",
        "UPDATE sources SET title = 'changed'",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            team.sql(team.reader, statement)
    assert team.sql(team.reader, "SELECT * FROM annotations") == 1  # reading is allowed


def test_a_coder_changes_only_their_own_annotations_in_the_app(team: Team) -> None:
    with Project.open(team.url(team.coder)) as coder:
        mine = coder.annotations.create(team.source_id, 0, 8, ["bias/loaded-language"], note="Maria's")
        coder.annotations.update(mine.id, note="Maria's, edited", expected_version=mine.version)
        theirs = coder.annotations.get(team.others_annotation)
        with pytest.raises(NotPermitted, match=f"annotation {theirs.id} is {team.other}'s") as refused:
            coder.annotations.update(theirs.id, note="overwritten", expected_version=theirs.version)
        assert "\n" not in str(refused.value)
        with pytest.raises(NotPermitted, match="your role"):
            coder.annotations.update(theirs.id, note="overwritten")
        with pytest.raises(NotPermitted):
            coder.annotations.delete(theirs.id)
        with pytest.raises(NotPermitted, match="your role"):
            coder.annotations.update(theirs.id, tags=["bias/loaded-language", "claim-type/factual"])
        with pytest.raises(NotPermitted, match="refused"):
            coder.taxonomy.add_tag("bias", "Invented")
        coder.annotations.delete(mine.id)
    with Project.open(team.url()) as owner:
        kept = owner.annotations.get(team.others_annotation)
        assert (kept.note, [t.path for t in kept.tags]) == ("Omar's", ["bias/loaded-language"])
        assert [t.name for t in owner.taxonomy.taxonomy().tags if t.name == "Invented"] == []


def test_a_coder_is_refused_by_the_server_with_plain_sql(team: Team) -> None:
    others = team.others_annotation
    # Another coder's rows are not there for a coder's UPDATE or DELETE: nothing changes.
    assert team.sql(team.coder, "UPDATE annotations SET note = 'x' WHERE id = %s", (others,)) == 0
    assert team.sql(team.coder, "DELETE FROM annotations WHERE id = %s", (others,)) == 0
    assert team.sql(team.coder, "DELETE FROM annotation_tags WHERE annotation_id = %s", (others,)) == 0
    # Writing a row as another coder, or into the owner's tables, is an error.
    refused = (
        ("INSERT INTO annotations (uuid, source_id, start_pos, end_pos, exact, prefix, suffix, note, "
         "evidence_ref, created_at, modified_at, coder_id, version) "
         "SELECT 'u1', %s, 0, 3, 'Com', '', '', '', '', now(), now(), coder_id, 1 "
         "FROM annotations WHERE id = %s", (team.source_id, others)),
        ("UPDATE annotations SET coder_id = (SELECT id FROM coders WHERE login = current_user)", None),
        ("INSERT INTO facets (slug, name, position) VALUES ('x', 'X', 99)", None),
        ("UPDATE sources SET title = 'mine now'", None),
        ("DELETE FROM tags", None),
        ("UPDATE coders SET name = 'renamed' WHERE login <> current_user", None),
        ("INSERT INTO coders (uuid, login, name, color) VALUES ('u2', 'somebody', '', '#000000')", None),
    )  # fmt: skip
    for statement, params in refused:
        try:
            changed = team.sql(team.coder, statement, params)
        except psycopg.errors.InsufficientPrivilege:
            continue
        assert changed == 0, statement  # kept from the coder by row-level security: nothing changed
    with psycopg.connect(team.url()) as owner:
        assert owner.execute("SELECT note, coder_id FROM annotations").fetchall() == [
            ("Omar's", owner.execute("SELECT id FROM coders WHERE login = %s", (team.other,)).fetchone()[0])
        ]
        assert owner.execute("SELECT count(*) FROM annotation_tags").fetchone()[0] == 1
        assert owner.execute("SELECT title FROM sources").fetchall() == [("S",)]


def test_an_owner_member_may_change_the_taxonomy_and_anyones_annotation(team: Team) -> None:
    boss = f"boss_{uuid.uuid4().hex[:6]}"
    with Project.open(team.url()) as owner:
        owner.team.add(boss, "owner", "pw")
    with Project.open(team.url(boss)) as as_boss:
        as_boss.taxonomy.add_tag("bias", "Invented")
        as_boss.annotations.update(team.others_annotation, note="corrected by the owner")
    assert team.sql(team.reader, "SELECT 1 FROM tags WHERE name = 'Invented'") == 1


def test_roles_on_a_project_file_say_they_are_for_team_projects(project: Project) -> None:
    with pytest.raises(InvalidInput, match="team projects on a PostgreSQL server"):
        project.team.add("maria", "coder", "pw")
    with pytest.raises(InvalidInput, match="team projects"):
        project.team.members()


def test_a_coder_cannot_change_another_coders_link(team: Team) -> None:
    with Project.open(team.url(team.other)) as as_other:
        second = as_other.annotations.create(team.source_id, 0, 8)
        link = as_other.links.create(team.others_annotation, second.id, "corroborates", note="Omar's link")
    with Project.open(team.url(team.coder)) as coder:
        with pytest.raises(NotPermitted, match=f"link {link.id} is another coder's"):
            coder.links.update(link.id, note="overwritten")
        with pytest.raises(NotPermitted, match="only your own links"):
            coder.links.delete(link.id)
    assert team.sql(team.coder, "UPDATE links SET note = 'x'") == 0
    with Project.open(team.url()) as owner:
        assert [lk.note for lk in owner.links.list()] == ["Omar's link"]
