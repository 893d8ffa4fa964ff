#include "widgets/neighbourhoodview.h"

#include "widgets/labelplacement.h"

#include "theme.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace eg {

namespace {

constexpr double kHeader = 46; // entity names and types above each half
constexpr double kLegend = 40; // legend band at the bottom
constexpr double kDegree = std::numbers::pi / 180.0;

QString elided(const QFontMetricsF &metrics, const QString &text, double width) {
    return metrics.elidedText(text, Qt::ElideRight, width);
}

void arrowHead(QPainter &painter, QPointF from, QPointF to, double size) {
    const QPointF d = to - from;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1e-6)
        return;
    const QPointF u = d / length, n(-u.y(), u.x());
    QPolygonF head;
    head << to << to - u * size + n * size * 0.5 << to - u * size - n * size * 0.5;
    painter.drawPolygon(head);
}

} // namespace

NeighbourhoodView::NeighbourhoodView(QWidget *parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    clear();
}

void NeighbourhoodView::setCandidate(const CandidateRow &row) {
    m_row = row;
    m_hasRow = true;
    m_maxGamma = 1e-9;
    for (const auto &side : m_row.neighbours)
        for (const NeighbourEntry &n : side)
            m_maxGamma = std::max(m_maxGamma, n.gamma);
    layout();
    update();
}

void NeighbourhoodView::clear(const QString &text) {
    m_hasRow = false;
    m_emptyText = text.isEmpty() ? tr("No candidate selected.") : text;
    m_nodes.clear();
    m_labelBoxes.clear();
    update();
}

void NeighbourhoodView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    layout();
}

// Centres in the middle of each half; linked neighbours on the inner arcs, facing their
// partners at the same height; the others spread over the outer arcs.
void NeighbourhoodView::layout() {
    m_nodes.clear();
    if (!m_hasRow)
        return;
    const double w = width(), h = height() - kHeader - kLegend;
    const double midY = kHeader + h / 2.0;
    const QPointF centre[2] = {{w * 0.25, midY}, {w * 0.75, midY}};
    // An ellipse: narrow enough to leave a gap for the links across, as tall as there is room.
    const double rx = std::max(40.0, std::min(w * 0.14, h / 2.0 - 22.0));
    const double ry = std::max(rx, h / 2.0 - 26.0);
    const auto onEllipse = [rx, ry](double x, double y) {
        return QPointF(rx * x, ry * y);
    };
    m_nodes.push_back({0, -1, centre[0], 11});
    m_nodes.push_back({1, -1, centre[1], 11});

    // Linked pairs, in left order.
    std::vector<std::pair<int, int>> pairs;
    std::vector<bool> linked[2] = {std::vector<bool>(m_row.neighbours[0].size()),
                                   std::vector<bool>(m_row.neighbours[1].size())};
    for (int i = 0; i < int(m_row.neighbours[0].size()); ++i) {
        const int j = m_row.neighbours[0][size_t(i)].link;
        if (j >= 0 && j < int(m_row.neighbours[1].size()) && !linked[1][size_t(j)]) {
            pairs.push_back({i, j});
            linked[0][size_t(i)] = linked[1][size_t(j)] = true;
        }
    }
    const double span = std::min(110.0, 26.0 * double(pairs.size()));
    for (size_t k = 0; k < pairs.size(); ++k) {
        const double t = pairs.size() == 1 ? 0.0 : double(k) / double(pairs.size() - 1) - 0.5;
        const double a = t * span * kDegree;
        m_nodes.push_back({0, pairs[k].first, centre[0] + onEllipse(std::cos(a), std::sin(a)), 6});
        m_nodes.push_back(
            {1, pairs[k].second, centre[1] + onEllipse(-std::cos(a), std::sin(a)), 6});
    }
    for (int side = 0; side < 2; ++side) {
        std::vector<int> rest;
        for (int i = 0; i < int(linked[side].size()); ++i)
            if (!linked[side][size_t(i)])
                rest.push_back(i);
        std::stable_sort(rest.begin(), rest.end(), [&](int a, int b) {
            return m_row.neighbours[side][size_t(a)].gamma >
                   m_row.neighbours[side][size_t(b)].gamma;
        });
        // The outer arc: from just below the linked block round the far side to just above it.
        const double gap = pairs.empty() ? 0.0 : span / 2.0 + 28.0;
        const double from = gap, to = 360.0 - gap;
        const double step = rest.empty()    ? 0.0
                            : pairs.empty() ? 360.0 / double(rest.size())
                                            : (to - from) / double(rest.size() + 1);
        for (size_t k = 0; k < rest.size(); ++k) {
            double deg = pairs.empty() ? 180.0 + step * (double(k) + 0.5) - 90.0
                                       : from + step * double(k + 1);
            double a = deg * kDegree;
            QPointF dir(std::cos(a), std::sin(a));
            if (side == 1)
                dir.setX(-dir.x());
            m_nodes.push_back({side, rest[k], centre[side] + onEllipse(dir.x(), dir.y()), 6});
        }
    }
}

QColor NeighbourhoodView::weightColour(double share) const {
    const QColor base = palette().color(QPalette::Base);
    const QColor low = palette().color(QPalette::Mid);
    const QColor high = theme::readableHue(15, base, 4.0);
    share = std::clamp(share, 0.0, 1.0);
    return QColor::fromRgbF(float(low.redF() + (high.redF() - low.redF()) * share),
                            float(low.greenF() + (high.greenF() - low.greenF()) * share),
                            float(low.blueF() + (high.blueF() - low.blueF()) * share));
}

void NeighbourhoodView::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    const QColor faint = palette().color(QPalette::PlaceholderText);
    if (!m_hasRow) { // the message only: the divider would run through it
        painter.setPen(faint);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(width() / 2.0, 6), QPointF(width() / 2.0, height() - kLegend - 6));
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(std::max(6.5, font().pointSizeF() * 0.82));
    const QFontMetricsF fm(font()), sm(small);

    // Headers: graph, entity name and inferred type.
    const CandidateEntity *entity[2] = {&m_row.left, &m_row.right};
    for (int side = 0; side < 2; ++side) {
        const QRectF area(side * width() / 2.0 + 8, 4, width() / 2.0 - 16, kHeader);
        painter.setFont(bold);
        painter.setPen(text);
        painter.drawText(
            area, Qt::AlignHCenter | Qt::AlignTop,
            elided(QFontMetricsF(bold),
                   (side == 0 ? tr("Graph 1: ") : tr("Graph 2: ")) + entity[side]->name,
                   area.width()));
        painter.setFont(small);
        painter.setPen(faint);
        const QString type =
            entity[side]->typeName.isEmpty()
                ? tr("type unknown")
                : tr("type %1: %2").arg(entity[side]->type).arg(entity[side]->typeName);
        painter.drawText(area.adjusted(0, fm.height() + 2, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
                         elided(sm, type, area.width()));
    }

    const Node *centre[2] = {&m_nodes[0], &m_nodes[1]};
    // Links across (behind everything).
    std::vector<const Node *> byIndex[2] = {std::vector<const Node *>(m_row.neighbours[0].size()),
                                            std::vector<const Node *>(m_row.neighbours[1].size())};
    for (const Node &n : m_nodes)
        if (n.index >= 0)
            byIndex[n.side][size_t(n.index)] = &n;
    for (size_t i = 0; i < byIndex[0].size(); ++i) {
        const NeighbourEntry &e = m_row.neighbours[0][i];
        if (e.link < 0 || size_t(e.link) >= byIndex[1].size() || !byIndex[0][i] ||
            !byIndex[1][size_t(e.link)])
            continue;
        QPen pen(theme::seriesColor(palette(), e.anchor == QLatin1String("seed") ? 0 : 2), 1.6,
                 e.anchor == QLatin1String("seed") ? Qt::DashLine : Qt::DotLine);
        painter.setPen(pen);
        painter.drawLine(byIndex[0][i]->at, byIndex[1][size_t(e.link)]->at);
    }

    // Edges, thickness and colour by gamma; arrow from head to tail.
    std::vector<EdgeLabel> labels;
    std::vector<QString> relations;
    for (const Node &n : m_nodes) {
        if (n.index < 0)
            continue;
        const NeighbourEntry &e = m_row.neighbours[n.side][size_t(n.index)];
        const double share = e.gamma / m_maxGamma;
        const QColor colour = weightColour(share);
        painter.setPen(QPen(colour, 1.0 + 6.0 * share, Qt::SolidLine, Qt::RoundCap));
        const QPointF c = centre[n.side]->at;
        const QPointF d = n.at - c;
        const double length = std::hypot(d.x(), d.y());
        const QPointF u = length > 0 ? d / length : QPointF(1, 0);
        const QPointF a = c + u * centre[n.side]->radius, b = n.at - u * n.radius;
        painter.drawLine(a, b);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        if (e.inverse)
            arrowHead(painter, b, a, 8 + 3 * share);
        else
            arrowHead(painter, a, b, 8 + 3 * share);
        relations.push_back(elided(sm, e.relation, 110));
        labels.push_back({a, b, QSizeF(sm.horizontalAdvance(relations.back()) + 4, sm.height())});
    }
    // Relation names on their edges, after all edges (no edge crosses a name), placed so that
    // the names of a hub's edges do not cover one another or a node.
    std::vector<QRectF> nodeBoxes;
    for (const Node &n : m_nodes)
        nodeBoxes.emplace_back(n.at.x() - n.radius, n.at.y() - n.radius, 2 * n.radius,
                               2 * n.radius);
    m_labelBoxes = placeEdgeLabels(labels, nodeBoxes);
    painter.setFont(small);
    painter.setPen(faint);
    for (size_t i = 0; i < m_labelBoxes.size(); ++i) {
        painter.fillRect(m_labelBoxes[i], palette().color(QPalette::Base));
        painter.drawText(m_labelBoxes[i], Qt::AlignCenter, relations[i]);
    }

    // Nodes and names.
    const QColor nodeFill = palette().color(QPalette::Button);
    for (const Node &n : m_nodes) {
        if (n.index < 0)
            continue; // centres last, above the labels' backgrounds
        painter.setPen(QPen(text, 1.4));
        painter.setBrush(nodeFill);
        painter.drawEllipse(n.at, n.radius, n.radius);
        const NeighbourEntry &e = m_row.neighbours[n.side][size_t(n.index)];
        painter.setFont(small);
        painter.setPen(text);
        const QString name = elided(sm, e.name, 130);
        const double tw = sm.horizontalAdvance(name);
        const QPointF d = n.at - centre[n.side]->at;
        QPointF anchor;
        if (e.link >= 0 && (n.side == 0) == (d.x() > 0)) {
            // Faces its partner across the gap: above the node, reaching away from the gap.
            const double x = n.side == 0 ? n.at.x() + n.radius - tw : n.at.x() - n.radius;
            anchor = QPointF(x, n.at.y() - n.radius - 4);
        } else if (d.x() >= 0) {
            anchor = QPointF(n.at.x() + n.radius + 3, n.at.y() + sm.ascent() / 2 - 1);
        } else {
            anchor = QPointF(n.at.x() - n.radius - 3 - tw, n.at.y() + sm.ascent() / 2 - 1);
        }
        // Inside its half, on a background so edges do not cross the letters.
        const double lo = n.side == 0 ? 2.0 : width() / 2.0 + 2.0;
        const double hi = (n.side == 0 ? width() / 2.0 : width()) - 2.0 - tw;
        anchor.setX(std::clamp(anchor.x(), lo, std::max(lo, hi)));
        painter.fillRect(QRectF(anchor.x() - 1, anchor.y() - sm.ascent(), tw + 2, sm.height()),
                         palette().color(QPalette::Base));
        painter.drawText(anchor, name);
    }
    for (const Node *c : centre) {
        painter.setPen(QPen(theme::seriesColor(palette(), 0), 1.4));
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawEllipse(c->at, c->radius, c->radius);
    }
    if (m_row.neighbours[0].empty() && m_row.neighbours[1].empty()) {
        painter.setPen(faint);
        painter.setFont(font());
        painter.drawText(QRectF(0, height() - kLegend - 60, width(), 40), Qt::AlignCenter,
                         tr("No neighbours to show: a names-only run, or isolated entities."));
    }
    paintLegend(painter, QRectF(8, height() - kLegend, width() - 16, kLegend - 4));
}

void NeighbourhoodView::paintLegend(QPainter &painter, const QRectF &area) const {
    QFont small = font();
    small.setPointSizeF(std::max(6.5, font().pointSizeF() * 0.82));
    painter.setFont(small);
    const QFontMetricsF sm(small);
    const QColor text = palette().color(QPalette::Text);
    const QString title = tr("attention γ:");
    const QString top = QStringLiteral("%1").arg(m_hasRow ? m_maxGamma : 1.0, 0, 'f', 2);
    const struct {
        int series;
        Qt::PenStyle style;
        QString label;
    } links[] = {{0, Qt::DashLine, tr("shared neighbour, training link")},
                 {2, Qt::DotLine, tr("predicted link")}};
    // One line, or two (the weights, then the links) where the view is too narrow for one.
    const double scaleWidth = sm.horizontalAdvance(title) +
                              sm.horizontalAdvance(QStringLiteral("0")) +
                              sm.horizontalAdvance(top) + 5 * 24 + 30;
    double linksWidth = 0;
    for (const auto &l : links)
        linksWidth += 42 + sm.horizontalAdvance(l.label);
    const bool twoLines = scaleWidth + linksWidth > area.width();
    double y = twoLines ? area.center().y() - sm.height() / 2.0 - 1 : area.center().y();
    double x = area.left();
    painter.setPen(text);
    painter.drawText(QPointF(x, y + sm.ascent() / 2 - 1), title);
    x += sm.horizontalAdvance(title) + 8;
    painter.drawText(QPointF(x, y + sm.ascent() / 2 - 1), QStringLiteral("0"));
    x += sm.horizontalAdvance(QStringLiteral("0")) + 4;
    for (int k = 0; k <= 4; ++k) {
        const double share = k / 4.0;
        painter.setPen(QPen(weightColour(share), 1.0 + 6.0 * share, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(x, y), QPointF(x + 18, y));
        x += 24;
    }
    painter.setPen(text);
    painter.drawText(QPointF(x, y + sm.ascent() / 2 - 1), top);
    x += sm.horizontalAdvance(top) + 18;
    if (twoLines) {
        x = area.left();
        y += sm.height() + 2;
    }
    for (const auto &l : links) {
        painter.setPen(QPen(theme::seriesColor(palette(), l.series), 1.6, l.style));
        painter.drawLine(QPointF(x, y), QPointF(x + 24, y));
        x += 28;
        painter.setPen(text);
        painter.drawText(QPointF(x, y + sm.ascent() / 2 - 1), l.label);
        x += sm.horizontalAdvance(l.label) + 14;
    }
}

bool NeighbourhoodView::event(QEvent *event) {
    if (event->type() != QEvent::ToolTip || !m_hasRow)
        return QWidget::event(event);
    const QPointF at = static_cast<QHelpEvent *>(event)->pos();
    for (const Node &n : m_nodes) {
        if (std::hypot(at.x() - n.at.x(), at.y() - n.at.y()) > n.radius + 4)
            continue;
        QString tip;
        if (n.index < 0) {
            const CandidateEntity &e = n.side == 0 ? m_row.left : m_row.right;
            tip = e.name + QLatin1Char('\n') + e.key;
        } else {
            const NeighbourEntry &e = m_row.neighbours[n.side][size_t(n.index)];
            tip = tr("%1\n%2\n%3 %4\nα %5  β %6  γ %7")
                      .arg(e.name, e.key, e.inverse ? tr("incoming") : tr("outgoing"), e.relation)
                      .arg(e.alpha, 0, 'f', 3)
                      .arg(e.beta, 0, 'f', 3)
                      .arg(e.gamma, 0, 'f', 3);
        }
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), tip, this);
        return true;
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

} // namespace eg
