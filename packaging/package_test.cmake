# ctest `package_deb`: builds the Debian package with cpack in BUILD_DIR (package written to
# WORK_DIR), checks its control fields and files, unpacks it with dpkg -x into WORK_DIR/root and
# runs the packaged programs' --version. Arguments: BUILD_DIR, WORK_DIR, VERSION, CPACK.
foreach(var BUILD_DIR WORK_DIR VERSION CPACK)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "package_test.cmake needs -D${var}=...")
    endif()
endforeach()

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
    endif()
    set(out "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
run(${CPACK} -G DEB -B ${WORK_DIR} --config ${BUILD_DIR}/CPackConfig.cmake)
file(GLOB debs ${WORK_DIR}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${WORK_DIR}, found: ${debs}")
endif()
message(STATUS "package: ${debs}")

# Control fields.
run(dpkg-deb --field ${debs} Package Version Maintainer Depends Description)
message(STATUS "${out}")
foreach(expected "Package: equigraph" "Version: ${VERSION}" "Maintainer: Equigraph developers"
                 "libqt6core6" "libqt6widgets6" "libqt6svg6" "libqt6sql6-sqlite" "libc6")
    string(FIND "${out}" "${expected}" at)
    if(at LESS 0)
        message(FATAL_ERROR "control fields lack '${expected}':\n${out}")
    endif()
endforeach()

# Files.
set(root ${WORK_DIR}/root)
run(dpkg -x ${debs} ${root})
set(id io.github.equigraph.Equigraph)
foreach(file usr/bin/equigraph usr/bin/equigraph-cli usr/share/applications/${id}.desktop
             usr/share/metainfo/${id}.metainfo.xml
             usr/share/icons/hicolor/scalable/apps/${id}.svg)
    if(NOT EXISTS ${root}/${file})
        message(FATAL_ERROR "the package lacks /${file}")
    endif()
endforeach()

# The packaged programs run (no display needed for --version).
run(${root}/usr/bin/equigraph-cli --version)
string(FIND "${out}" "${VERSION}" at)
if(at LESS 0)
    message(FATAL_ERROR "equigraph-cli --version printed '${out}', not ${VERSION}")
endif()
set(ENV{QT_QPA_PLATFORM} offscreen)
run(${root}/usr/bin/equigraph --version)
string(FIND "${out}" "Equigraph ${VERSION}" at)
if(at LESS 0)
    message(FATAL_ERROR "equigraph --version printed '${out}'")
endif()

# Desktop entry and AppStream metadata are valid, when the validators are installed.
find_program(DESKTOP_VALIDATE desktop-file-validate)
if(DESKTOP_VALIDATE)
    run(${DESKTOP_VALIDATE} ${root}/usr/share/applications/${id}.desktop)
endif()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    run(${APPSTREAMCLI} validate --no-net ${root}/usr/share/metainfo/${id}.metainfo.xml)
endif()
message(STATUS "package OK: ${debs}")
