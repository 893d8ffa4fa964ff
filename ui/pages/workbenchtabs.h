#pragma once

#include <QTabWidget>

namespace eg {

// The workbench switcher: one tab per method (bias, thresholds, alignment).
class WorkbenchTabs : public QTabWidget
{
    Q_OBJECT
public:
    enum Workbench { Bias, Thresholds, Alignment, WorkbenchCount };

    explicit WorkbenchTabs(QWidget *parent = nullptr);

    static QString title(Workbench workbench);
    // "bias", "thresholds", "alignment" (command line), or -1 for an unknown name.
    static int fromName(const QString &name);
};

} // namespace eg
