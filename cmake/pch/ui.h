// Precompiled header of the widgets library and the GUI: Qt Widgets and the engine's common
// headers. Only a build-time cache (see core.h).
#include "core.h"

#include <QtGui>
#include <QtWidgets>
