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

# eg_add_test(<name> SOURCES a.cpp b.cpp [LIBS lib...] [LABELS l...] [GUI] [TIMEOUT s])
# One Qt Test executable per unit. GUI tests run on the offscreen platform.
function(eg_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test eg_testsupport ${ARG_LIBS})
    eg_setup_target(${name})
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
