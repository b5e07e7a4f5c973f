"""The uploaded files of a clinic export (sessions/export.py): every FileField and ImageField
of every exported row, whatever the model, copied into a folder beside the JSON.

The export's "files" list names each one: {"model", "pk", "field", "name" (the name in
storage), "size", "sha256"}; the file itself is at `<folder>/<name>`. The import checks every
file against its size and checksum before it writes anything, then puts each into this
server's storage (local folder or object store). A file of the same name already there with
the same content is used as it is; a different one keeps its own, and the row gets the new
name. A model that gains a FileField is carried without any change here.
"""

import hashlib
from pathlib import Path, PurePosixPath

from django.core.files import File
from django.core.files.storage import default_storage
from django.db.models import FileField

CHUNK = 1024 * 1024


def file_fields(model):
    return [field for field in model._meta.concrete_fields if isinstance(field, FileField)]


def listed_files(rows, models):
    """The files the serialized `rows` name: one entry a non-empty file field."""
    fields = {label: file_fields(model) for label, model in models.items()}
    return [
        {"model": row["model"], "pk": row["pk"], "field": field.name, "name": name}
        for row in rows
        for field in fields.get(row["model"], [])
        if (name := row["fields"].get(field.name))
    ]


class FileProblem(Exception):
    """A file is missing, or does not match what the export says of it."""


def folder_path(folder, name):
    """Where `name` sits inside `folder`, refusing any name that would climb out of it."""
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise FileProblem(f"The export names a file outside its folder: {name!r}.")
    return Path(folder, *relative.parts)


def copy_out(entries, folder, storage=default_storage):
    """Copies each listed file from storage into `folder`, adding its size and checksum."""
    missing = []
    for entry in entries:
        target = folder_path(folder, entry["name"])
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        try:
            with storage.open(entry["name"], "rb") as source, open(target, "wb") as out:
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
        except FileNotFoundError:
            target.unlink(missing_ok=True)
            missing.append(entry["name"])
            continue
        entry["size"] = target.stat().st_size
        entry["sha256"] = digest.hexdigest()
    if missing:
        raise FileProblem(
            f"{len(missing)} file(s) the clinic's rows name are not in storage: "
            + ", ".join(missing[:10])
        )


def sha256_of(opened):
    digest = hashlib.sha256()
    while chunk := opened.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def check_files(entries, folder):
    """Raises FileProblem unless every listed file is in `folder` with its size and checksum."""
    for entry in entries:
        path = folder_path(folder, entry["name"])
        if not path.is_file():
            raise FileProblem(f"The file {entry['name']} is missing from {folder}.")
        with open(path, "rb") as opened:
            checksum = sha256_of(opened)
        if path.stat().st_size != entry.get("size") or checksum != entry.get("sha256"):
            raise FileProblem(
                f"The file {entry['name']} does not match its checksum in the export: it was "
                "changed or damaged after the export. Copy it again from the source."
            )


def copy_in(entries, folder, objects, storage=default_storage):
    """Puts each checked file into storage and points its row at the stored name. Returns
    the names written, for `remove` should the import fail after all."""
    rows = {(row["model"], row["pk"]): row for row in objects}
    written = []
    for entry in entries:
        name = entry["name"]
        if storage.exists(name):
            with storage.open(name, "rb") as existing:
                if sha256_of(existing) == entry["sha256"]:
                    continue
        with open(folder_path(folder, name), "rb") as source:
            stored = storage.save(name, File(source, name=PurePosixPath(name).name))
        written.append(stored)
        rows[(entry["model"], entry["pk"])]["fields"][entry["field"]] = stored
    return written


def remove(names, storage=default_storage):
    for name in names:
        storage.delete(name)
