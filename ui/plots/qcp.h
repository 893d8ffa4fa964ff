#pragma once

// qcustomplot.h with what it needs: it declares signals with the `signals` keyword and uses
// `foreach`, both switched off in this project (QT_NO_KEYWORDS from the engine, QT_NO_FOREACH
// from eg_setup_target). Include qcustomplot.h through this file only.
#ifndef signals
#define signals Q_SIGNALS
#define EG_QCP_UNDEF_SIGNALS
#endif
#ifndef foreach
#define foreach(variable, container) for (variable : container)
#define EG_QCP_UNDEF_FOREACH
#endif

#include <qcustomplot.h>

#ifdef EG_QCP_UNDEF_SIGNALS
#undef signals
#undef EG_QCP_UNDEF_SIGNALS
#endif
#ifdef EG_QCP_UNDEF_FOREACH
#undef foreach
#undef EG_QCP_UNDEF_FOREACH
#endif
