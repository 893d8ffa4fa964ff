#pragma once

#include "embed/model.h"
#include "plots/themedplot.h"

#include <QString>
#include <vector>

namespace eg {

// The first two principal components of embeddings, one colour per class, with a legend.
class EmbeddingScatterPlot : public ThemedPlot
{
    Q_OBJECT
public:
    explicit EmbeddingScatterPlot(QWidget *parent = nullptr);

    // Projects `embeddings` (one row per item) on their two leading principal components and
    // plots at most `maxPoints` of them (an even sample, so every class keeps its share).
    // `names` label the classes in ascending label order (empty: the labels).
    void setEmbeddings(const Matrix &embeddings, const std::vector<qint32> &labels,
                       const std::vector<QString> &names, const QString &title,
                       int maxPoints = 2500);
    void clearPoints(const QString &message);
    int classCount() const { return graphCount(); }
    int pointCount() const;

    // Rows x 2: the centred rows times the two leading eigenvectors of their covariance
    // (signs fixed so the largest component of each is positive). Fewer than 2 columns: zeros.
    static Eigen::MatrixXd principalComponents(const Matrix &embeddings);

private:
    QCPTextElement *m_title;
};

} // namespace eg
