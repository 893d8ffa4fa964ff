# Packaging: the desktop integration files and a Debian package (`cpack -G DEB` in the build
# folder) holding equigraph and equigraph-cli. Included by the top-level CMakeLists.txt.
set(EG_APP_ID "io.github.equigraph.Equigraph")
set(EG_RELEASE_DATE "2026-11-22") # of the version in project(); update with it

if(EG_BUILD_GUI)
    set(dir ${CMAKE_CURRENT_LIST_DIR})
    configure_file(${dir}/${EG_APP_ID}.metainfo.xml.in
                   ${CMAKE_BINARY_DIR}/packaging/${EG_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${dir}/${EG_APP_ID}.desktop DESTINATION share/applications)
    install(FILES ${CMAKE_BINARY_DIR}/packaging/${EG_APP_ID}.metainfo.xml
            DESTINATION share/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/equigraph.svg
            DESTINATION share/icons/hicolor/scalable/apps RENAME ${EG_APP_ID}.svg)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME equigraph)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Equigraph developers")
set(CPACK_PACKAGE_CONTACT "Equigraph developers <maintainers@equigraph.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "workbench for bias, thresholds and alignment in graph embeddings")
# The extended description, wrapped for the control file (lines become " text", "" becomes " .").
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Equigraph loads knowledge graphs (tab-separated triples, OpenKE files or a"
    "built-in synthetic demo world), trains embeddings such as TransE, DistMult"
    "and ComplEx, and studies them with three methods: social bias in the"
    "embeddings, consistency of one distance threshold across classes, and"
    "alignment of the entities of two graphs with a review queue. Runs and"
    "decisions are kept in a session file."
    ""
    "The package holds the desktop application (equigraph) and the command-line"
    "tool (equigraph-cli).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads these as plugins, which dpkg-shlibdeps cannot see: the SVG icon engine (window and
# desktop icon) and the SQLite driver (session files). The xcb platform plugin is in libqt6gui6.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite")
if(EG_NATIVE)
    message(STATUS "Packaging: EG_NATIVE is ON, so the package only runs on CPUs like this one; "
                   "configure with -DEG_NATIVE=OFF for a package to hand out.")
endif()
include(CPack)
