#pragma once

#include <QString>

namespace eg::test {

// The real data sets beside the project (../shared/data, or $EG_SHARED_DATA); empty when absent.
// Tests that need them: `const QString dir = sharedData("fb15k-237"); if (dir.isEmpty())
// QSKIP("...");`
QString sharedData(const QString &subfolder = {});

// tests/data/<name>: the project's own tiny hand-made fixtures.
QString fixture(const QString &name);

// Writes `contents` to a new file in a temporary folder that lives until the process ends.
QString writeTempFile(const QString &name, const QByteArray &contents);

} // namespace eg::test
