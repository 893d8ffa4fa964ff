#include "panels/datasetpanel.h"

#include "common/error.h"
#include "store/decisions.h"
#include "store/runs.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace eg {

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setAutoRaise(false);
    return button;
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

DatasetPanel::DatasetPanel(Workspace *workspace, const QList<QAction *> &loadActions,
                           QAction *train, const QList<QAction *> &sessionActions,
                           QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_form(new QFormLayout)
    , m_source(valueLabel(this))
    , m_entities(valueLabel(this))
    , m_relations(valueLabel(this))
    , m_triples(valueLabel(this))
    , m_session(valueLabel(this))
    , m_recent(new QListWidget(this))
    , m_noRecent(new QLabel(tr("No recent sessions."), this))
    , m_sessionTimer(new QTimer(this))
{
    auto *data = new QGroupBox(tr("Data Set"), this);
    auto *dataLayout = new QVBoxLayout(data);
    for (QAction *action : loadActions)
        dataLayout->addWidget(buttonFor(action, data));
    m_form->addRow(tr("Source:"), m_source);
    m_form->addRow(tr("Entities:"), m_entities);
    m_form->addRow(tr("Relations:"), m_relations);
    m_form->addRow(tr("Triples:"), m_triples);
    dataLayout->addLayout(m_form);
    dataLayout->addWidget(buttonFor(train, data));

    auto *session = new QGroupBox(tr("Session"), this);
    auto *sessionLayout = new QVBoxLayout(session);
    for (QAction *action : sessionActions)
        sessionLayout->addWidget(buttonFor(action, session));
    sessionLayout->addWidget(m_session);
    sessionLayout->addWidget(new QLabel(tr("Recent sessions:"), session));
    sessionLayout->addWidget(m_recent, 1);
    sessionLayout->addWidget(m_noRecent);
    sessionLayout->addStretch();
    m_recent->setToolTip(tr("Double-click or press Enter to open a session."));
    // The list takes the height that is left (three rows at least) and asks for none: with its
    // default size hint the two boxes would want more than a 800-pixel screen leaves the panel,
    // and the data box's wrapped values (Source, Triples) would be cut off.
    m_recent->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_recent->setMinimumHeight(3 * m_recent->fontMetrics().height() + 4 * m_recent->frameWidth());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(data);
    layout->addWidget(session, 1);

    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentSessionActivated(item->data(Qt::UserRole).toString());
    });
    connect(workspace, &Workspace::graphChanged, this, &DatasetPanel::showGraph);
    connect(workspace, &Workspace::sessionChanged, this, &DatasetPanel::showSession);
    // Training edits the session every epoch: the counts are read again at most twice a second.
    m_sessionTimer->setSingleShot(true);
    m_sessionTimer->setInterval(500);
    connect(m_sessionTimer, &QTimer::timeout, this, &DatasetPanel::showSession);
    connect(workspace, &Workspace::sessionEdited, this, &DatasetPanel::scheduleSession);
    showGraph();
    showSession();
    setRecentSessions({});
}

void DatasetPanel::showGraph()
{
    const auto &graph = m_workspace->graph();
    if (!graph) {
        const QString none = tr("none loaded");
        m_source->setText(none);
        for (QLabel *label : {m_entities, m_relations, m_triples})
            label->setText(QStringLiteral("–"));
        return;
    }
    const QLocale locale;
    m_source->setText(m_workspace->graphName());
    m_source->setToolTip(graph->source);
    m_entities->setText(locale.toString(graph->entityCount()));
    m_relations->setText(locale.toString(graph->relationCount()));
    m_triples->setText(tr("%1 (train %2, valid %3, test %4)")
                           .arg(locale.toString(graph->tripleCount()),
                                locale.toString(qint64(graph->train.size())),
                                locale.toString(qint64(graph->valid.size())),
                                locale.toString(qint64(graph->test.size()))));
}

void DatasetPanel::scheduleSession()
{
    if (!m_sessionTimer->isActive())
        m_sessionTimer->start();
}

void DatasetPanel::showSession()
{
    m_sessionTimer->stop();
    if (!m_workspace->hasSession()) {
        m_session->setText(tr("No session file open."));
        m_session->setToolTip({});
        return;
    }
    const QString name = QFileInfo(m_workspace->sessionPath()).fileName();
    QString text;
    try {
        const Session &session = m_workspace->session();
        text = tr("Current: %1 (%2, %3)")
                   .arg(name, tr("%n run(s)", "", int(store::runs(session).size())),
                        tr("%n decision(s)", "", int(store::auditTrail(session).size())));
    } catch (const Error &error) {
        text = tr("Current: %1").arg(name);
    }
    if (m_workspace->isReadOnly())
        text += QLatin1Char('\n') + tr("Read-only: changes are not saved.");
    m_session->setText(text);
    m_session->setToolTip(QDir::toNativeSeparators(m_workspace->sessionPath()));
}

QString DatasetPanel::sessionText() const
{
    return m_session->text();
}

void DatasetPanel::setRecentSessions(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
}

QString DatasetPanel::summaryText() const
{
    QStringList lines;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *value = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        lines << label->text() + QLatin1Char(' ') + value->text();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace eg
