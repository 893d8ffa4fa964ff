#pragma once

#include "pages/bias/embeddingloader.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QStackedWidget;

namespace eg {

// Asks where embeddings trained elsewhere are and how to score them: an Equigraph model file
// (.egm), NumPy matrices with DGL-KE / PyKEEN name maps, or a word2vec text file.
class BiasLoadDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BiasLoadDialog(QWidget *parent = nullptr);

    EmbeddingSource source() const;

private:
    // A line edit with a Browse button; `filter` for the file dialog.
    QWidget *fileRow(QLineEdit *edit, const QString &filter);
    void check();

    QComboBox *m_format;
    QStackedWidget *m_pages;
    QLineEdit *m_modelFile;
    QLineEdit *m_entityNpy;
    QLineEdit *m_relationNpy;
    QLineEdit *m_entityNames;
    QLineEdit *m_relationNames;
    QLineEdit *m_word2vec;
    QLineEdit *m_prefix;
    QComboBox *m_type;
    QDialogButtonBox *m_buttons;
};

} // namespace eg
