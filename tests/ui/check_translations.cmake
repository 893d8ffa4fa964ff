# Are the committed .ts files up to date with the tr() texts of the sources, and is German complete?
# Runs lupdate, with the sources and options of the `update_translations` target, over copies of
# the .ts files in WORK_DIR (the source tree is never touched), then fails when the German copy
# has an unfinished or empty message (a text added to the code but not translated, or the .ts
# file not updated) or when a plural message of any copy lacks one of its forms.
# Variables: LUPDATE (the lupdate program), PROJECT_CMAKE (the lupdate project description that
# qt_add_translations writes for equigraph_ui), GENERATE_PROJECT (Qt's
# GenerateLUpdateProject.cmake), TS_DIR (translations/), WORK_DIR (scratch folder of the test).
foreach(var LUPDATE PROJECT_CMAKE GENERATE_PROJECT TS_DIR WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_translations.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(languages en de)
set(copies "")
foreach(language IN LISTS languages)
    file(COPY_FILE "${TS_DIR}/equigraph_${language}.ts" "${WORK_DIR}/equigraph_${language}.ts")
    list(APPEND copies "${WORK_DIR}/equigraph_${language}.ts")
endforeach()

execute_process(COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_CMAKE}"
                        "-DOUT_FILE=${WORK_DIR}/project.json" -P "${GENERATE_PROJECT}"
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project file (${status})")
endif()
# -ts overrides the project's own translation files, so lupdate writes only the copies.
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json"
                        -locations none -no-obsolete -ts ${copies}
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
message(STATUS "${output}")
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status})")
endif()

# Lists the source texts of the messages in `text` whose translation part matches `pattern`.
function(find_messages text pattern out)
    # Semicolons in texts (file filters) would split the list: show them as commas.
    string(REPLACE ";" "," text "${text}")
    string(REGEX MATCHALL "<source>[^<]*</source>${pattern}" hits "${text}")
    set(found "")
    foreach(hit IN LISTS hits)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*$" "\\1" source "${hit}")
        list(APPEND found "${source}")
    endforeach()
    set(${out} "${found}" PARENT_SCOPE)
endfunction()

set(skip "[ \n]*(<oldsource>[^<]*</oldsource>[ \n]*)?(<comment>[^<]*</comment>[ \n]*)?")
set(skip "${skip}(<extracomment>[^<]*</extracomment>[ \n]*)?(<translatorcomment>[^<]*")
set(skip "${skip}</translatorcomment>[ \n]*)?")
set(problems "")
foreach(language IN LISTS languages)
    file(READ "${WORK_DIR}/equigraph_${language}.ts" ts)
    string(REGEX MATCHALL "<message[ >]" messages "${ts}")
    list(LENGTH messages count)
    message(STATUS "equigraph_${language}.ts: ${count} messages after lupdate")
    set(checks "empty plural form" "<translation[^>]*>[ \n]*(<numerusform[^>]*>[^<]*</numerusform>[ \n]*)*<numerusform[^>]*></numerusform>")
    if(language STREQUAL "de")
        list(APPEND checks "unfinished" "<translation type=\"unfinished\"")
        list(APPEND checks "vanished or obsolete" "<translation type=\"(vanished|obsolete)\"")
        list(APPEND checks "empty translation" "<translation></translation>")
    endif()
    list(LENGTH checks n)
    math(EXPR last "${n} - 1")
    foreach(i RANGE 0 ${last} 2)
        math(EXPR j "${i} + 1")
        list(GET checks ${i} what)
        list(GET checks ${j} pattern)
        find_messages("${ts}" "${skip}${pattern}" found)
        foreach(source IN LISTS found)
            list(APPEND problems "equigraph_${language}.ts, ${what}: ${source}")
        endforeach()
    endforeach()
endforeach()

if(problems)
    list(LENGTH problems n)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "${n} message(s) need work; run the update_translations target, then "
                        "translate them in translations/equigraph_de.ts:\n  ${text}")
endif()
message(STATUS "Every message is translated.")
