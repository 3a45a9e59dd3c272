"""Who may do what in a team project, enforced by PostgreSQL itself: roles, grants, row-level security.

Three group roles per project database (roles belong to the whole cluster, so their names carry the
database's): ``<db>_owner`` (taxonomy, sources, coders — and every row), ``<db>_coder`` (reads everything,
writes only their own annotations, links, tags on them and speakers; their own coder row) and
``<db>_reader`` (reads only). A person is a login role made a member of one of them (``add_member``); the
app, a script or ``psql`` connected as them meets the same refusals, because the server makes them:

- **grants** decide which tables a group may change at all (a reader changes none, a coder no source or tag);
- **row-level security policies** decide which rows: a coder inserts, updates or deletes only annotations and
  links whose ``coder_id`` is their own coder row (the one whose ``login`` is ``current_user``), the tags and
  speakers of those annotations only, and of ``project_meta`` only the change generation every write
  advances. Every row stays readable by all three.

The role that owns the tables (who created the database's project: a superuser or the database's owner)
bypasses the policies, as PostgreSQL has it; ``members`` lists it as an owner. ``ensure_setup`` is
idempotent: ``add_member`` runs it each time, so grants follow tables a later migration added.

Derived tables (detected structure, evidence, figures) are caches any writer may refresh; ``people`` and
``evidence_decisions`` are written when a coder names a speaker or accepts a proposal: coders get them whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotator.domain.errors import InvalidInput, NotPermitted

if TYPE_CHECKING:
    from sqlalchemy import Connection

ROLES = ("owner", "coder", "reader")
# What a coder may change (row-level security narrows the first group to their own rows).
CODER_OWN_ROWS = ("annotations", "links", "annotation_tags", "annotation_speakers")
CODER_TABLES = (
    *CODER_OWN_ROWS,
    "people",
    "evidence_decisions",
    "source_structure",
    "source_evidence",
    "source_figures",
    "coders",
    "project_meta",
)
POLICY_TABLES = (*CODER_OWN_ROWS, "coders", "project_meta")
_MINE = "(SELECT c.id FROM coders c WHERE c.login = current_user)"
_OF_MY_ANNOTATION = (
    f"EXISTS (SELECT 1 FROM annotations a WHERE a.id = annotation_id AND a.coder_id = {_MINE})"
)
# The row-level condition a coder's changes must meet, per table.
_CODER_CONDITION = {
    "annotations": f"coder_id = {_MINE}",
    "links": f"coder_id = {_MINE}",
    "annotation_tags": _OF_MY_ANNOTATION,
    "annotation_speakers": _OF_MY_ANNOTATION,
    "coders": "login = current_user",
    "project_meta": "key = 'generation'",
}
_NEW_CODER = """INSERT INTO coders (uuid, login, name, color)
SELECT gen_random_uuid()::text, CAST(:login AS varchar), '', CAST(:color AS varchar)
WHERE NOT EXISTS (SELECT 1 FROM coders WHERE login = CAST(:login AS varchar))"""
MAX_NAME = 63  # PostgreSQL's identifier length (NAMEDATALEN - 1), in bytes


@dataclass(frozen=True)
class Member:
    login: str
    role: str  # one of ROLES
    can_login: bool


def group_name(database: str, role: str) -> str:
    """The group role of ``role`` in ``database`` (shortened to fit PostgreSQL's 63 bytes)."""
    suffix = f"_{role}"
    base = database.encode()[: MAX_NAME - len(suffix)].decode(errors="ignore")
    return base + suffix


def check_login_name(name: str) -> str:
    """``name`` as a login role's name, or InvalidInput saying what is wrong with it."""
    cleaned = name.strip()
    if not cleaned:
        raise InvalidInput("a team member needs a name (their login on the server)")
    if len(cleaned.encode()) > MAX_NAME:
        raise InvalidInput(f"{cleaned!r} is longer than PostgreSQL's 63 bytes for a login name")
    if "\0" in cleaned or cleaned.lower().startswith("pg_"):
        raise InvalidInput(f"{cleaned!r} cannot be a login name (no NUL, and pg_ is PostgreSQL's own prefix)")
    return cleaned


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _literal(value: str) -> str:
    """A string literal for a utility statement (CREATE ROLE … PASSWORD takes no bound parameter)."""
    from psycopg import sql

    return sql.Literal(value).as_string(None)


def _exec(connection: Connection, statement: str, parameters: dict[str, Any] | None = None) -> Any:
    from sqlalchemy import text

    return connection.execute(text(statement), parameters or {})


def login_exists(connection: Connection, name: str) -> bool:
    return _role_exists(connection, name)


def _role_exists(connection: Connection, name: str) -> bool:
    return bool(_exec(connection, "SELECT 1 FROM pg_roles WHERE rolname = :n", {"n": name}).first())


def _database(connection: Connection) -> str:
    return str(_exec(connection, "SELECT current_database()").scalar_one())


def ensure_setup(connection: Connection) -> dict[str, str]:
    """The three group roles, their grants and the row-level security policies (idempotent); role -> group.

    Needs a role that may create roles (CREATEROLE) and owns the tables: the project's owner on the server."""
    database = _database(connection)
    groups = {role: group_name(database, role) for role in ROLES}
    q = {role: _quote(connection, name) for role, name in groups.items()}
    for role, name in groups.items():
        if not _role_exists(connection, name):
            _exec(connection, f"CREATE ROLE {q[role]} NOLOGIN")
    db = _quote(connection, database)
    tables = [r[0] for r in _exec(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    for role in ROLES:
        _exec(connection, f"GRANT CONNECT ON DATABASE {db} TO {q[role]}")
        _exec(connection, f"GRANT USAGE ON SCHEMA public TO {q[role]}")
        _exec(connection, f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {q[role]}")
    _exec(connection, f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {q['owner']}")
    _exec(connection, f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {q['owner']}")
    coder_tables = ", ".join(t for t in CODER_TABLES if t in tables)
    _exec(connection, f"GRANT INSERT, UPDATE, DELETE ON {coder_tables} TO {q['coder']}")
    _exec(connection, f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {q['coder']}")
    for table in POLICY_TABLES:
        if table not in tables:
            continue
        _exec(connection, f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        condition = _CODER_CONDITION[table]
        policies = {
            # Everyone the grants let read reads every row.
            "annotator_read": "FOR SELECT USING (true)",
            "annotator_coder": f"FOR ALL TO {q['coder']} USING ({condition}) WITH CHECK ({condition})",
            "annotator_owner": f"FOR ALL TO {q['owner']} USING (true) WITH CHECK (true)",
        }
        for policy, body in policies.items():
            _exec(connection, f"DROP POLICY IF EXISTS {policy} ON {table}")
            _exec(connection, f"CREATE POLICY {policy} ON {table} {body}")
    return groups


def add_member(connection: Connection, name: str, role: str, password: str | None) -> bool:
    """Make ``name`` a login role (with ``password``, if it is new) and a member of ``role``'s group only;
    True if the login role was made now. Coders and owners get their coder row (``coders.login``)."""
    if role not in ROLES:
        raise InvalidInput(f"unknown role {role!r}: choose owner, coder or reader")
    name = check_login_name(name)
    groups = ensure_setup(connection)
    login = _quote(connection, name)
    made = not _role_exists(connection, name)
    if made:
        if not password:
            raise InvalidInput(f"{name} is a new login on the server: give them a password")
        _exec(connection, f"CREATE ROLE {login} LOGIN PASSWORD {_literal(password)}")
    for other, group in groups.items():  # a member has one role in a project: a change replaces the old
        if other != role:
            _exec(connection, f"REVOKE {_quote(connection, group)} FROM {login}")
    _exec(connection, f"GRANT {_quote(connection, groups[role])} TO {login}")
    if role in ("owner", "coder"):
        from annotator.domain.coders import next_color

        taken = [r[0] for r in _exec(connection, "SELECT color FROM coders")]
        _exec(
            connection,
            _NEW_CODER,
            {"login": name, "color": next_color(taken)},
        )
    return made


def _tables_owner(connection: Connection) -> str | None:
    return _exec(connection, "SELECT tableowner FROM pg_tables WHERE tablename = 'annotations'").scalar()


def remove_member(connection: Connection, name: str) -> str:
    """Take ``name``'s role in this project away (the membership of its group); the role it had.

    Only the membership goes: the login role stays (it may have roles in other projects of the cluster) and
    so does everything it wrote, with its coder row (annotations keep naming their coder). InvalidInput for
    a login with no role here or for the tables' owner (who holds every right as the owner, not through a
    group); NotPermitted, checked first, unless the user running this is an owner of the project."""
    name = check_login_name(name)
    database = _database(connection)
    groups = {group_name(database, role): role for role in ROLES}
    owner = _tables_owner(connection)
    is_owner = _exec(
        connection,
        "SELECT current_user = :owner OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
        "OR (to_regrole(:group) IS NOT NULL AND pg_has_role(current_user, :group, 'MEMBER'))",
        {"owner": owner or "", "group": group_name(database, "owner")},
    ).scalar()
    if not is_owner:
        raise NotPermitted(f"only an owner of {database} may remove a member; your role does not allow it")
    if name == owner:
        raise InvalidInput(f"{name} owns {database}'s tables and cannot be removed from it")
    held = [
        group
        for (group,) in _exec(
            connection,
            "SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = :n AND g.rolname = ANY(:groups)",
            {"n": name, "groups": list(groups)},
        )
    ]
    if not held:
        raise InvalidInput(f"{name} is not a member of {database}; nothing was changed")
    login = _quote(connection, name)
    for group in held:
        _exec(connection, f"REVOKE {_quote(connection, group)} FROM {login}")
    return groups[held[0]]


def members(connection: Connection) -> list[Member]:
    """Everyone with a role in this project: the tables' owner, then the groups' members, by name."""
    groups = {group_name(_database(connection), role): role for role in ROLES}
    found: dict[str, Member] = {}
    owner = _tables_owner(connection)
    if owner is not None:
        found[owner] = Member(owner, "owner", True)
    rows = _exec(
        connection,
        "SELECT m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members a "
        "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
        "WHERE g.rolname = ANY(:groups) ORDER BY m.rolname",
        {"groups": list(groups)},
    )
    for login, group, can_login in rows:
        if login not in found:
            found[login] = Member(login, groups[group], bool(can_login))
    return sorted(found.values(), key=lambda m: (ROLES.index(m.role), m.login))


def may_write(connection: Connection) -> bool:
    """Whether the connected user may write at all (a reader may not: every change would be refused)."""
    return bool(_exec(connection, "SELECT has_table_privilege('project_meta', 'UPDATE')").scalar())
