"""The contract's operations, read from frontend_contract/operations/."""

from pathlib import Path

OPERATIONS_DIR = Path(__file__).resolve().parents[2] / "frontend_contract" / "operations"


def operation(name):
    return (OPERATIONS_DIR / f"{name}.graphql").read_text()


def all_operations():
    return {path.stem: path.read_text() for path in sorted(OPERATIONS_DIR.glob("*.graphql"))}
