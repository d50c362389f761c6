"""Imports run one way: consultations → procedures → clinic (clinic/urls.py, the root URLconf, excepted)."""

import ast
from pathlib import Path

from tests.processes import BASE_DIR


def imported_modules(path: Path) -> set[str]:
    """Every absolute module name `path` imports, at any depth of the file (functions included)."""
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module)
            # `from procedures import views` names the module in the alias, not in node.module.
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


def imports_of(package: str, forbidden: tuple[str, ...]) -> list[tuple[str, str]]:
    found = []
    for path in sorted((BASE_DIR / package).rglob("*.py")):
        name = path.relative_to(BASE_DIR).as_posix()
        for module in sorted(imported_modules(path)):
            if module.split(".")[0] in forbidden:
                found.append((name, module))
    return found


def test_no_module_of_clinic_but_the_root_urlconf_imports_either_app():
    found = [
        (name, module)
        for name, module in imports_of("clinic", ("procedures", "consultations"))
        if name != "clinic/urls.py"
    ]

    assert found == []


def test_procedures_never_imports_consultations():
    assert imports_of("procedures", ("consultations",)) == []
