"""Errors the historian may see.

Every error here carries a one-line message written for a person; the CLI prints it and the UI shows it
in a dialog. Anything else escaping the services is a bug.
"""


class AnnotatorError(Exception):
    """Base of every expected, user-facing failure."""


class NotFound(AnnotatorError):
    """An id, tag path or file that does not exist."""


class InvalidInput(AnnotatorError):
    """Bad values: offsets outside the text, an unparsable date, an unknown relation."""


class Duplicate(AnnotatorError):
    """The thing already exists (identical source bytes, a tag slug taken)."""


class SourceRejected(AnnotatorError):
    """A file that cannot become a source: empty, binary, undecodable, unsupported."""


class TagInUse(AnnotatorError):
    """A tag that annotations still carry cannot be deleted without an explicit choice."""


class ProjectError(AnnotatorError):
    """The project file cannot be opened: not a project, damaged, or from a newer version."""


class PasswordRequired(ProjectError):
    """A team project's server wants a password that neither the address, the password file nor the keyring
    gave (or refused the one given); ``who`` names the login, server and database (``user@host:port/db``)."""

    def __init__(self, message: str, who: str) -> None:
        super().__init__(message)
        self.who = who


class ProjectDamaged(ProjectError):
    """The project file fails SQLite's integrity check, or a read meets broken pages: restore a backup or
    open it read-only."""


class ProjectLocked(ProjectError):
    """Another running Annotator holds the project for writing."""


class ReadOnlyProject(ProjectError):
    """A change was asked of a project opened read-only."""


class WriteFailed(ProjectError):
    """The database refused a write (disk full, read-only file, locked too long); nothing of it was saved."""


class NotPermitted(AnnotatorError):
    """A team project's server refused the change: the user's role (reader, or coder for someone else's
    annotation or the taxonomy) does not allow it. Nothing of it was saved."""


class EditConflict(AnnotatorError):
    """Another coder changed (or deleted) the annotation or link since it was read: nothing was saved.
    ``current`` is the other's version as it now stands (None when they deleted it), for the UI to show."""

    def __init__(self, message: str, current: object | None = None) -> None:
        super().__init__(message)
        self.current = current
