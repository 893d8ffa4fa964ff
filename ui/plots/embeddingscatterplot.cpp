#include "plots/embeddingscatterplot.h"

#include "theme.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <map>

namespace eg {

EmbeddingScatterPlot::EmbeddingScatterPlot(QWidget *parent)
    : ThemedPlot(parent)
    , m_title(new QCPTextElement(this))
{
    setObjectName(QStringLiteral("embeddingScatterPlot"));
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    xAxis->setLabel(tr("Principal component 1"));
    yAxis->setLabel(tr("Principal component 2"));
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

Eigen::MatrixXd EmbeddingScatterPlot::principalComponents(const Matrix &embeddings)
{
    const qint64 n = embeddings.rows();
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(n, 2);
    if (n == 0 || embeddings.cols() < 2)
        return out;
    const Eigen::MatrixXd x = embeddings.cast<double>();
    const Eigen::RowVectorXd mean = x.colwise().mean();
    const Eigen::MatrixXd centred = x.rowwise() - mean;
    const Eigen::MatrixXd covariance =
        centred.transpose() * centred / double(std::max<qint64>(1, n - 1));
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    // Eigenvalues ascend: the last two columns are the leading components.
    const qint64 d = covariance.cols();
    for (int k = 0; k < 2; ++k) {
        Eigen::VectorXd v = solver.eigenvectors().col(d - 1 - k);
        Eigen::Index at = 0;
        v.cwiseAbs().maxCoeff(&at);
        if (v(at) < 0)
            v = -v;
        out.col(k) = centred * v;
    }
    return out;
}

void EmbeddingScatterPlot::clearPoints(const QString &message)
{
    clearGraphs();
    m_title->setText(message);
    m_title->setTextColor(palette().color(QPalette::Text));
    replot(QCustomPlot::rpQueuedReplot);
}

int EmbeddingScatterPlot::pointCount() const
{
    int n = 0;
    for (int i = 0; i < graphCount(); ++i)
        n += graph(i)->dataCount();
    return n;
}

void EmbeddingScatterPlot::setEmbeddings(const Matrix &embeddings,
                                         const std::vector<qint32> &labels,
                                         const std::vector<QString> &names, const QString &title,
                                         int maxPoints)
{
    clearGraphs();
    m_title->setText(title);
    m_title->setTextColor(palette().color(QPalette::Text));
    const Eigen::MatrixXd xy = principalComponents(embeddings);
    std::map<qint32, int> classOf;
    for (qint32 label : labels)
        classOf.emplace(label, 0);
    int index = 0;
    for (auto &[label, c] : classOf)
        c = index++;
    std::vector<QCPGraph *> graphs;
    for (const auto &[label, c] : classOf) {
        QCPGraph *g = addGraph();
        const QColor colour = theme::seriesColor(palette(), c + 1);
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, 4));
        g->setPen(QPen(colour));
        g->setName(size_t(c) < names.size() && !names[size_t(c)].isEmpty()
                       ? names[size_t(c)]
                       : QString::number(label));
        graphs.push_back(g);
    }
    const qint64 n = xy.rows();
    const qint64 stride = maxPoints > 0 ? std::max<qint64>(1, (n + maxPoints - 1) / maxPoints) : 1;
    for (qint64 i = 0; i < n && i < qint64(labels.size()); i += stride)
        graphs[size_t(classOf[labels[size_t(i)]])]->addData(xy(i, 0), xy(i, 1));
    rescaleAxes();
    const auto pad = [](QCPAxis *axis) {
        const QCPRange r = axis->range();
        const double m = std::max(1e-6, r.size() * 0.05);
        axis->setRange(r.lower - m, r.upper + m);
    };
    pad(xAxis);
    pad(yAxis);
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace eg
