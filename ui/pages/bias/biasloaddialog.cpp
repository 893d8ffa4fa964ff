#include "pages/bias/biasloaddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>

namespace eg {

BiasLoadDialog::BiasLoadDialog(QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_modelFile(new QLineEdit(this))
    , m_entityNpy(new QLineEdit(this))
    , m_relationNpy(new QLineEdit(this))
    , m_entityNames(new QLineEdit(this))
    , m_relationNames(new QLineEdit(this))
    , m_word2vec(new QLineEdit(this))
    , m_prefix(new QLineEdit(QStringLiteral("rel:"), this))
    , m_type(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Load Embeddings"));
    m_format->addItems({tr("Equigraph model file (.egm)"), tr("NumPy matrices with name maps"),
                        tr("word2vec text")});
    const QString npy = tr("NumPy arrays (*.npy)");
    const QString tsv = tr("Name maps (*.tsv *.tsv.gz *.txt);;All files (*)");

    auto *egm = new QWidget(m_pages);
    auto *egmForm = new QFormLayout(egm);
    egmForm->addRow(tr("Model file:"), fileRow(m_modelFile, tr("Equigraph models (*.egm)")));
    auto *numpy = new QWidget(m_pages);
    auto *npyForm = new QFormLayout(numpy);
    npyForm->addRow(tr("Entity vectors:"), fileRow(m_entityNpy, npy));
    npyForm->addRow(tr("Relation vectors:"), fileRow(m_relationNpy, npy));
    npyForm->addRow(tr("Entity names:"), fileRow(m_entityNames, tsv));
    npyForm->addRow(tr("Relation names:"), fileRow(m_relationNames, tsv));
    auto *w2v = new QWidget(m_pages);
    auto *w2vForm = new QFormLayout(w2v);
    w2vForm->addRow(tr("word2vec file:"),
                    fileRow(m_word2vec, tr("word2vec text (*.txt *.vec *.gz);;All files (*)")));
    w2vForm->addRow(tr("Relation key prefix:"), m_prefix);
    for (QWidget *page : {egm, numpy, w2v})
        m_pages->addWidget(page);

    // Item data: type * 10 + norm.
    m_type->addItem(tr("TransE (dot)"), int(ModelType::TransEDot) * 10 + 1);
    m_type->addItem(tr("TransE (L1)"), int(ModelType::TransE) * 10 + 1);
    m_type->addItem(tr("TransE (L2)"), int(ModelType::TransE) * 10 + 2);
    m_type->addItem(tr("DistMult"), int(ModelType::DistMult) * 10 + 1);
    m_type->addItem(tr("ComplEx"), int(ModelType::ComplEx) * 10 + 1);
    m_type->setToolTip(tr("How the vectors are scored (a model file says it itself)"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Format:"), m_format);
    form->addRow(m_pages);
    form->addRow(tr("Scoring:"), m_type);
    form->addRow(m_buttons);
    connect(m_format, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_format, &QComboBox::currentIndexChanged, this, &BiasLoadDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

QWidget *BiasLoadDialog::fileRow(QLineEdit *edit, const QString &filter)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(tr("Browse…"), row);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    edit->setMinimumWidth(320);
    connect(edit, &QLineEdit::textChanged, this, &BiasLoadDialog::check);
    connect(browse, &QPushButton::clicked, this, [this, edit, filter] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose File"), edit->text(),
                                                          filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    return row;
}

void BiasLoadDialog::check()
{
    bool ok = false;
    switch (m_format->currentIndex()) {
    case EmbeddingSource::ModelFile:
        ok = !m_modelFile->text().isEmpty();
        break;
    case EmbeddingSource::Npy:
        ok = !m_entityNpy->text().isEmpty() && !m_relationNpy->text().isEmpty() &&
             !m_entityNames->text().isEmpty() && !m_relationNames->text().isEmpty();
        break;
    case EmbeddingSource::Word2Vec:
        ok = !m_word2vec->text().isEmpty();
        break;
    }
    m_type->setEnabled(m_format->currentIndex() != EmbeddingSource::ModelFile);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

EmbeddingSource BiasLoadDialog::source() const
{
    EmbeddingSource s;
    s.format = EmbeddingSource::Format(m_format->currentIndex());
    s.path = s.format == EmbeddingSource::ModelFile ? m_modelFile->text() : m_word2vec->text();
    s.files.entityVectors = m_entityNpy->text();
    s.files.relationVectors = m_relationNpy->text();
    s.files.entityNames = m_entityNames->text();
    s.files.relationNames = m_relationNames->text();
    s.relationPrefix = m_prefix->text();
    const int type = m_type->currentData().toInt();
    s.type = ModelType(type / 10);
    s.norm = type % 10;
    return s;
}

} // namespace eg
