"""The yardstick for key presses: a minimal Textual app with a table whose
cursor moves, as on kompas' voting and action screens."""

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Footer, Static


class MinimalTableApp(App):
    def compose(self) -> ComposeResult:
        yield Static("MINIMAL READY")
        yield DataTable(cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Tema", "Prikker", "Rang")
        for n in range(12):
            table.add_row(f"Tema nummer {n}", str(n % 5), str(n + 1))


if __name__ == "__main__":
    MinimalTableApp().run()
