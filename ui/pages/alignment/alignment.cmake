# The entity-alignment workbench (issue 7): its page, models, plot and neighbourhood widget.
# Included by ui/CMakeLists.txt before equigraph_ui is defined; paths relative to ui/.
list(APPEND EG_UI_SOURCES
    models/candidaterow.h models/candidaterow.cpp
    models/candidatemodel.h models/candidatemodel.cpp
    models/decisionmodel.h models/decisionmodel.cpp
    pages/alignment/alignmentpage.h pages/alignment/alignmentpage.cpp
    pages/alignment/alignmentlayout.cpp
    pages/alignment/decisionio.h pages/alignment/decisionio.cpp
    pages/alignment/elidingcombobox.h pages/alignment/elidingcombobox.cpp
    pages/alignment/reviewcontroller.h pages/alignment/reviewcontroller.cpp
    pages/alignment/thresholdpanel.h pages/alignment/thresholdpanel.cpp
    plots/thresholdplot.h plots/thresholdplot.cpp
    widgets/labelplacement.h widgets/labelplacement.cpp
    widgets/neighbourhoodview.h widgets/neighbourhoodview.cpp)
