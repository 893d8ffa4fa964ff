#!/bin/sh
# Renders the main window at 1280x800 on a virtual X server (xvfb-run) into docs/screenshots/.
# Usage: packaging/screenshots.sh [build folder]        (default: ./build)
# Each picture starts from fresh UI settings (default layout). Data sets come from
# $EG_SHARED_DATA (default ../shared/data); pictures that need an absent one are skipped.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$top/build}" && pwd)
app=$build/app/gui/equigraph
out=$top/docs/screenshots
data=${EG_SHARED_DATA:-$top/../shared/data}
mkdir -p "$out"

# shot <name> <language> [equigraph arguments...]
shot() {
    name=$1
    language=$2
    shift 2
    config=$(mktemp -d)
    XDG_CONFIG_HOME=$config LANGUAGE=$language LC_ALL=$language.UTF-8 LANG=$language.UTF-8 \
        xvfb-run -a -s "-screen 0 1280x800x24" "$app" --screenshot "$out/$name.png" "$@" \
        2>/dev/null
    rm -rf "$config"
    echo "$out/$name.png"
}

# grab <test> <test function>: a GUI test that saves its pictures into $EG_ALIGN_SCREENSHOTS.
grab() {
    config=$(mktemp -d)
    XDG_CONFIG_HOME=$config LANGUAGE=en_GB LC_ALL=en_GB.UTF-8 LANG=en_GB.UTF-8 \
        EG_ALIGN_SCREENSHOTS=$out xvfb-run -a -s "-screen 0 1280x800x24" \
        "$build/tests/ui/$1" "$2" >/dev/null 2>&1
    rm -rf "$config"
}

# The workbench pages themselves (bias-*.png, thresholds*.png, alignment.png) are grabbed at
# 1280x800 by their GUI tests: EG_BIAS_SCREENSHOTS=docs/screenshots build/tests/ui/tst_biaspage,
# and likewise EG_THRESHOLD_SCREENSHOTS / tst_thresholdpage, EG_ALIGN_SCREENSHOTS /
# tst_alignmentpage.
shot demo-world en_GB --demo
if [ -d "$data/fb15k-237" ]; then
    shot fb15k-237 en_GB "$data/fb15k-237"
fi
shot demo-world-de de_DE --demo
# The Alignment workbench in the main window after a short review (its test trains on the demo
# views with the page's defaults, decides a few pairs and shows one).
grab tst_alignmentwindow screenshot
echo "$out/alignment-window.png"
