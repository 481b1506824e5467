"""The one exception the data layer raises."""

from __future__ import annotations


class DataError(ValueError):
    """Bad or missing data, with the file, line and column that caused it.

    Attributes
    ----------
    path : str
        The file at fault, as given to the loader.
    line : int | None
        The CSV line (1 = header), when the fault sits on one line.
    column : str | None
        The column at fault, when there is one.
    """

    def __init__(
        self,
        path: str,
        problem: str,
        fix: str,
        line: int | None = None,
        column: str | None = None,
    ) -> None:
        self.path = str(path)
        self.line = line
        self.column = column
        self.problem = problem
        self.fix = fix
        where = self.path
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column '{column}'"
        super().__init__(f"{where}: {problem}\n  How to fix: {fix}")
