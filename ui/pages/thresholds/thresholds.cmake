# The Thresholds workbench: its page, table models and plots.
# Included by ui/CMakeLists.txt before equigraph_ui is defined; paths relative to ui/.
list(APPEND EG_UI_SOURCES
    models/thresholdentry.h
    models/thresholdratesmodel.h models/thresholdratesmodel.cpp
    models/thresholdcomparisonmodel.h models/thresholdcomparisonmodel.cpp
    pages/thresholds/thresholddata.h pages/thresholds/thresholddata.cpp
    pages/thresholds/thresholdjob.h pages/thresholds/thresholdjob.cpp
    pages/thresholds/thresholdpage.h pages/thresholds/thresholdpage.cpp
    pages/thresholds/thresholdpageio.cpp
    pages/thresholds/thresholdpagelayout.cpp
    pages/thresholds/thresholdtrainbar.h pages/thresholds/thresholdtrainbar.cpp
    plots/utilitycurveplot.h plots/utilitycurveplot.cpp
    plots/losscurveplot.h plots/losscurveplot.cpp
    plots/embeddingscatterplot.h plots/embeddingscatterplot.cpp)
