// Precompiled header of the engine (and of the CLI and the benchmarks): the Qt Core and standard
// headers most engine files include, and Eigen. Only a build-time cache; every source file still
// includes what it uses, which a build with -DEG_PCH=OFF checks.
#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <Eigen/Core>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>
