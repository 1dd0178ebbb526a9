"""Regenerate the golden outputs in tests/golden/ after an intended change of quotex's output.

    python scripts/regen_golden.py

Each golden file is exactly what ``quotex extract`` prints for a fixture:
tests/golden/hameema.jsonl is ``quotex extract fixtures/hameema.txt``. Review the
diff (``git diff tests/golden``) before committing it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from quotex.cli import main

ROOT = Path(__file__).resolve().parent.parent

#: golden file in tests/golden -> fixture it is the output of
GOLDEN = {"hameema.jsonl": "fixtures/hameema.txt"}


def regenerate() -> int:
    for name, fixture in GOLDEN.items():
        status = main(["extract", str(ROOT / fixture), "-o", str(ROOT / "tests" / "golden" / name)])
        if status:
            return status
        print(f"wrote tests/golden/{name} from {fixture}")
    return 0


if __name__ == "__main__":
    sys.exit(regenerate())
