#pragma once

#include <QComboBox>

namespace eg {

// A combo box that shows as much of its current text as fits, ending in "…" when it is cut,
// with the whole text in its tooltip (the Alignment page's run chooser: run names can be long).
class ElidingComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit ElidingComboBox(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace eg
