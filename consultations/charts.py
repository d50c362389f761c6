"""Horizontal bar charts drawn on the server as SVG geometry: no script, no inline style (colours come
from classes in static/css/figures.css), every bar labelled with its series and value in words, so
that colour is never the only way to tell them apart."""

from collections.abc import Callable
from dataclasses import dataclass

LABEL_WIDTH = 180  # row labels, right-aligned against the bars
PLOT_WIDTH = 320  # the longest bar
VALUE_WIDTH = 170  # the text after each bar
LEGEND_HEIGHT = 28
BAR_HEIGHT = 14
BAR_GAP = 3
ROW_GAP = 14
LABEL_CHARACTERS = 26


@dataclass
class Series:
    name: str
    css_class: str
    value: Callable  # a group -> a number or None
    text: Callable  # a number or None -> what it says after the bar


@dataclass
class Bar:
    x: int
    y: int
    width: int
    height: int
    css_class: str
    text_x: int
    text_y: int
    text: str


@dataclass
class Text:
    x: int
    y: int
    text: str


@dataclass
class LegendItem:
    x: int
    css_class: str
    text_x: int
    text: str


@dataclass
class Chart:
    id: str
    title: str
    description: str
    width: int
    height: int
    plot_left: int
    plot_top: int
    bars: list[Bar]
    row_labels: list[Text]
    legend: list[LegendItem]


def bar_chart(*, chart_id: str, title: str, description: str, groups: list, series: list[Series]) -> Chart:
    """One row of bars per group (one bar per series), scaled to the largest value."""
    values = [[item.value(group) for item in series] for group in groups]
    largest = max((value for row in values for value in row if value), default=0) or 1
    row_height = len(series) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP + ROW_GAP
    bars, labels = [], []
    for index, (group, row) in enumerate(zip(groups, values, strict=True)):
        top = LEGEND_HEIGHT + ROW_GAP // 2 + index * row_height
        labels.append(Text(LABEL_WIDTH - 8, top + (row_height - ROW_GAP) // 2 + 4, _short(group.label)))
        for position, (item, value) in enumerate(zip(series, row, strict=True)):
            y = top + position * (BAR_HEIGHT + BAR_GAP)
            width = round(PLOT_WIDTH * (value or 0) / largest)
            bars.append(
                Bar(
                    x=LABEL_WIDTH,
                    y=y,
                    width=width,
                    height=BAR_HEIGHT,
                    css_class=item.css_class,
                    text_x=LABEL_WIDTH + width + 6,
                    text_y=y + BAR_HEIGHT - 3,
                    text=f"{item.name}: {item.text(value)}",
                )
            )
    legend = []
    x = LABEL_WIDTH
    for item in series:
        legend.append(LegendItem(x=x, css_class=item.css_class, text_x=x + 18, text=item.name))
        x += 18 + 8 * len(item.name) + 24
    return Chart(
        id=chart_id,
        title=title,
        description=description,
        width=LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH,
        height=LEGEND_HEIGHT + max(len(groups), 1) * row_height,
        plot_left=LABEL_WIDTH,
        plot_top=LEGEND_HEIGHT,
        bars=bars,
        row_labels=labels,
        legend=legend,
    )


def _short(label: str) -> str:
    # The table beside the chart gives the whole label.
    return label if len(label) <= LABEL_CHARACTERS else label[: LABEL_CHARACTERS - 1] + "…"
