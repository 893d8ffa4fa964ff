// Precompiled header of the engine's tests (one per test folder; see eg_add_test).
#include "core.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
