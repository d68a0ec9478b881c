"""A child process for crash and disk-full tests: edits or saves a project until stopped.

python -m tests.support.child edit PROJECT        # commit edits, print "committed N"
python -m tests.support.child save SOURCE TARGET  # save SOURCE over TARGET again and again
python -m tests.support.child saveas-limited SOURCE TARGET LIMIT  # save with RLIMIT_FSIZE
"""

from __future__ import annotations

import resource
import sys

from tpm_desktop.core.edits import touchpoints
from tpm_desktop.core.errors import TpmError
from tpm_desktop.core.project_file import OpenProject


def edit(path: str) -> None:
    project = OpenProject.open(path)
    count = 0
    while True:
        count += 1
        changes, _ = touchpoints.add_touchpoint(project.state, f"Edit {count}", 1, 1, 1)
        project.commit(changes)
        print(f"committed {count}", flush=True)


def save(source: str, target: str) -> None:
    project = OpenProject.open(source)
    count = 0
    print("ready", flush=True)
    while True:
        count += 1
        changes, _ = touchpoints.add_touchpoint(project.state, f"Saved {count}", 1, 1, 1)
        project.commit(changes)
        project.export_copy(target)
        print(f"saved {count}", flush=True)


def save_limited(source: str, target: str, limit: int) -> None:
    project = OpenProject.open(source)
    changes, _ = touchpoints.add_touchpoint(project.state, "Big", 1, 1, 1, as_is="x" * 200_000)
    project.commit(changes)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        project.save_as(target)
    except TpmError as error:
        print(f"error {error.code}", flush=True)
        return
    print("saved", flush=True)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "edit":
        edit(sys.argv[2])
    elif mode == "save":
        save(sys.argv[2], sys.argv[3])
    else:
        save_limited(sys.argv[2], sys.argv[3], int(sys.argv[4]))
