# Helper functions shared by every target of the project.

# Warnings, strict Qt defines and optimisation flags for one of our targets.
function(eg_setup_target target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-sign-compare)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH EIGEN_DONT_PARALLELIZE)
    if(EG_NATIVE)
        target_compile_options(${target} PRIVATE -march=native)
    endif()
    if(EG_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# Hot numeric code stays optimised even in Debug builds (an -O0 Eigen loop is 50x slower).
function(eg_optimise_hot_paths target)
    if(CMAKE_BUILD_TYPE STREQUAL "Debug")
        target_compile_options(${target} PRIVATE -O2)
    endif()
    target_compile_options(${target} PRIVATE -fno-math-errno)
endfunction()

# Precompiled headers: a build-time cache only (cmake/pch/). Sources still include what they use,
# which -DEG_PCH=OFF checks. They roughly halve the compile time of the Qt-heavy files.
function(eg_use_pch target kind)
    if(EG_PCH)
        target_precompile_headers(${target} PRIVATE ${PROJECT_SOURCE_DIR}/cmake/pch/${kind}.h)
    endif()
endfunction()

# Tests share one precompiled header per folder and kind: Qt Test defines the test's source
# folder on the command line, and GCC rejects a header compiled with another folder's value.
function(eg_test_pch target kind)
    if(NOT EG_PCH)
        return()
    endif()
    get_property(first DIRECTORY PROPERTY EG_PCH_OWNER_${kind})
    if(first)
        target_precompile_headers(${target} REUSE_FROM ${first})
    else()
        eg_use_pch(${target} test_${kind})
        set_property(DIRECTORY PROPERTY EG_PCH_OWNER_${kind} ${target})
    endif()
endfunction()

# eg_add_test(<name> SOURCES a.cpp b.cpp [LIBS lib...] [LABELS l...] [GUI] [TIMEOUT s])
# One Qt Test executable per unit. GUI tests run on the offscreen platform.
function(eg_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test eg_testsupport ${ARG_LIBS})
    eg_setup_target(${name})
    if(ARG_GUI OR "equigraph_ui" IN_LIST ARG_LIBS)
        eg_test_pch(${name} gui)
    else()
        eg_test_pch(${name} core)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set(env "EG_SHARED_DATA=${EG_SHARED_DATA}")
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT}
                         LABELS "${ARG_LABELS}")
endfunction()
