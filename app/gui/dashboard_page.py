"""The dashboard: items by status, the share of items that waited for review per import and
after each retrain or activation, the confidence histogram of the last import, and the most
frequent flag reasons.

The share chart plots figures recorded when the work was done (app.core.dashboard); each point
says in its tooltip what it counts, and a line under the chart says it for the latest points."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QDateTimeAxis, QLineSeries,
                              QScatterSeries, QValueAxis, QXYSeries)
from PySide6.QtCore import QDateTime, QPointF, Qt
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QListWidget, QToolTip, QVBoxLayout, QWidget

from app.core.dashboard import BINS, Dashboard, SharePoint, count_axis
from app.gui.labels import count, percent, status_label


def _view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _local(at: datetime) -> datetime:
    """A stored time (naive UTC) in this computer's time zone, as the time axis shows it."""
    return (at if at.tzinfo else at.replace(tzinfo=timezone.utc)).astimezone()


def _ms(at: datetime) -> int:
    return int(_local(at).timestamp() * 1000)


class DashboardPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.share_chart = QChart()
        self.share_chart.setTitle(self.tr("Items that waited for review"))
        self.share_note = QLabel()  # what the share chart counts, with its latest points in words
        self.share_note.setTextFormat(Qt.TextFormat.PlainText)
        self.share_note.setWordWrap(True)
        # (series name, one tooltip per point) for the share chart, in the order drawn
        self.share_tips: list[tuple[str, list[str]]] = []
        self.hist_chart = QChart()
        self.hist_chart.legend().hide()
        self.reasons = QListWidget()
        grid = QGridLayout(self)
        grid.addWidget(self.status, 0, 0, 1, 2)
        share = QWidget()
        column = QVBoxLayout(share)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_view(self.share_chart), 1)
        column.addWidget(self.share_note)
        grid.addWidget(share, 1, 0)
        grid.addWidget(_view(self.hist_chart), 1, 1)
        box = QGroupBox(self.tr("Most frequent flag reasons"))
        QVBoxLayout(box).addWidget(self.reasons)
        grid.addWidget(box, 2, 0, 1, 2)
        grid.setRowStretch(1, 3)  # the charts take most of the height: squeezed, their axis titles were cut
        grid.setRowStretch(2, 1)
        self.data: Dashboard | None = None

    def show_data(self, d: Dashboard) -> None:
        self.data = d
        total = sum(d.status_counts.values())
        parts = ", ".join(f"{status_label(k)}: {count(n)}" for k, n in d.status_counts.items())
        self.status.setText(self.tr("{total} items ({parts})").format(total=count(total), parts=parts))
        self._share(d.by_import, d.by_model)
        self._histogram(d)
        self.reasons.clear()
        for rule_id, reason, n in d.top_reasons:
            line = self.tr("1 item: {rule} — {reason}") if n == 1 else self.tr("{n} items: {rule} — {reason}")
            self.reasons.addItem(line.format(n=count(n), rule=rule_id, reason=reason))

    # the share chart ----------------------------------------------------------------------
    def import_tip(self, p: SharePoint) -> str:
        when = f"{_local(p.at):%Y-%m-%d %H:%M}"
        share = percent(p.share, 0)
        if p.recorded:
            text = self.tr("{name}, imported {when}: {waited} of its {items} items waited for review once classified "
                           "({share})").format(name=p.label, when=when, waited=count(p.flagged), items=count(p.items),
                                               share=share)
        else:
            text = self.tr("{name}, imported {when}, before Borderline kept this figure: counted from the {items} "
                           "items it holds now, {waited} of which wait for review ({share})").format(
                name=p.label, when=when, items=count(p.items), waited=count(p.flagged), share=share)
        if p.pending:
            text += self.tr("; {n} more not classified yet").format(n=count(p.pending))
        return text

    def version_tip(self, p: SharePoint) -> str:
        when = f"{_local(p.at):%Y-%m-%d %H:%M}"
        after = {"retrain": self.tr("after the retrain that made it"),
                 "activation": self.tr("after it was activated"),
                 "older-version": self.tr("after items left with an older version's suggestions were reclassified")
                 }.get(p.reason, "")
        return self.tr("Version {v}, {after} ({when}): {waited} of the {items} undecided items waited for review "
                       "({share})").format(v=p.label.lstrip("v"), after=after, when=when, waited=count(p.flagged),
                                           items=count(p.items), share=percent(p.share, 0))

    def _share(self, by_import: list[SharePoint], by_model: list[SharePoint]) -> None:
        chart = self.share_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        x = QDateTimeAxis()
        x.setFormat("yyyy-MM-dd")
        x.setTitleText(self.tr("imported, or classified again"))
        y = QValueAxis()
        y.setRange(0, 108)  # a point at 100% is drawn whole, not cut by the plot's edge
        y.setTickType(QValueAxis.TickType.TicksDynamic)
        y.setTickAnchor(0)
        y.setTickInterval(25)  # labelled 0% to 100%
        y.setLabelFormat("%d%%")
        y.setTitleText(self.tr("waited for review"))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        recorded = [p for p in by_import if p.recorded]
        counted_now = [p for p in by_import if not p.recorded]
        layers: list[tuple[QXYSeries, str, list[SharePoint], list[str]]] = [
            (QLineSeries(), self.tr("each import: its items, once classified"), recorded,
             [self.import_tip(p) for p in recorded]),
            (QLineSeries(), self.tr("after a retrain or activation: the undecided items"), by_model,
             [self.version_tip(p) for p in by_model])]
        if counted_now:
            older = QScatterSeries()
            older.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
            older.setMarkerSize(9)
            layers.insert(1, (older, self.tr("older imports, counted as their items are now"), counted_now,
                              [self.import_tip(p) for p in counted_now]))
        self.share_tips = []
        times = []
        for series, name, points, tips in layers:
            series.setName(name)
            if isinstance(series, QLineSeries):
                series.setPointsVisible(True)
            for p in points:
                series.append(_ms(p.at), 100 * p.share)
                times.append(_ms(p.at))
            series.hovered.connect(lambda point, state, points=points, tips=tips: self._hover(point, state, points, tips))
            chart.addSeries(series)
            series.attachAxis(x)
            series.attachAxis(y)
            self.share_tips.append((name, tips))
        if times:
            lo, hi = min(times), max(times)
            pad = max((hi - lo) // 10, 300_000)  # points minutes apart (an import, a retrain, an import) stay apart
            x.setRange(QDateTime.fromMSecsSinceEpoch(lo - pad), QDateTime.fromMSecsSinceEpoch(hi + pad))
            if hi - lo + 2 * pad < 3 * 86_400_000:  # within a few days, a date alone would repeat on every tick
                x.setFormat("MM-dd HH:mm")
        self.share_note.setText(self.share_words(by_import, by_model))

    def share_words(self, by_import: list[SharePoint], by_model: list[SharePoint]) -> str:
        """What the chart counts, with the newest point of each line in words."""
        lines = [self.tr("Each import: of the items it brought, the share that waited for review once classified; items "
                         "it brought again count as they stood (decided, accepted or waiting).")]
        if by_import:
            p = by_import[-1]
            lines[-1] += " " + self.tr("Last import, {name} ({when}): {waited} of {items} ({share}).").format(
                name=p.label, when=f"{_local(p.at):%Y-%m-%d %H:%M}", waited=count(p.flagged), items=count(p.items),
                share=percent(p.share, 0))
        lines.append(self.tr("After a retrain or activation: of the undecided items, the share the active version sent "
                             "to review."))
        if by_model:
            p = by_model[-1]
            lines[-1] += " " + self.tr("Last, version {v} ({when}): {waited} of {items} ({share}).").format(
                v=p.label.lstrip("v"), when=f"{_local(p.at):%Y-%m-%d %H:%M}", waited=count(p.flagged),
                items=count(p.items), share=percent(p.share, 0))
        else:
            lines[-1] += " " + self.tr("None yet.")
        if any(not p.recorded for p in by_import):
            lines.append(self.tr("Imports from before Borderline kept these figures (squares) are counted from the "
                                 "items they hold now; retrains from before then have no point."))
        lines.append(self.tr("Hover over a point to see its figures."))
        return "\n".join(lines)

    def _hover(self, point: QPointF, state: bool, points: list[SharePoint], tips: list[str]) -> None:
        if not state or not points:
            if QToolTip.text() in tips:  # not one another series showed as the pointer went over to it
                QToolTip.hideText()
            return
        nearest = min(range(len(points)), key=lambda i: (abs(_ms(points[i].at) - point.x()),
                                                          abs(100 * points[i].share - point.y())))
        QToolTip.showText(QCursor.pos(), tips[nearest])

    def _histogram(self, d: Dashboard) -> None:
        chart = self.hist_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(self.tr("Confidence of the top suggestion, last import ({name})").format(name=d.last_import or "—"))
        bars = QBarSet(self.tr("items"))
        for n in d.histogram:
            bars.append(n)
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([f"{10 * i}%" for i in range(BINS)])
        y = QValueAxis()
        upper, ticks = count_axis(max(d.histogram + [1]))
        y.setRange(0, upper)
        y.setTickCount(ticks)  # whole numbers only
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
