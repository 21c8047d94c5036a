"""The yardstick: the smallest Textual app that paints a screen of text."""

from textual.app import App, ComposeResult
from textual.widgets import Footer, Static


class MinimalApp(App):
    def compose(self) -> ComposeResult:
        yield Static("MINIMAL READY")
        yield Footer()


if __name__ == "__main__":
    MinimalApp().run()
