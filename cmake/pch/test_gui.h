// Precompiled header of the GUI tests (see eg_add_test).
#include "ui.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
