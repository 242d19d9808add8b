# SPDX-License-Identifier: MIT
# The layering check: every #include "<layer>/…" under SOURCE_DIR (a src/ tree) must point at the file's own
# layer or one its layer may use. Run by ctest (layering_check) as
#   cmake -DSOURCE_DIR=<repo>/src -P LayeringCheck.cmake
# and fails with one line per offending include. The rules are the README's "Architecture":
#   protocol <- coro <- client <- session <- gui;  models -> protocol;  settings -> coro, protocol;
#   devserver -> protocol;  the applications use what they link.
# A plain CMake script, so the check needs nothing the build does not already have.
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "LayeringCheck.cmake: pass -DSOURCE_DIR=<the src/ folder to check>")
endif()

# What each layer may include besides itself. session may read settings: both sit above coro/protocol and a
# session is opened from a server profile; settings may not read the session.
set(_may_use_protocol "")
set(_may_use_coro protocol)
set(_may_use_client protocol coro)
set(_may_use_models protocol)
set(_may_use_settings protocol coro)
set(_may_use_session protocol coro client models settings)
set(_may_use_gui protocol coro models settings session)
set(_may_use_devserver protocol)
set(_may_use_i18n "")
set(_may_use_cli protocol coro client i18n)
set(_may_use_app protocol coro client models settings session gui devserver i18n)
set(_layers protocol coro client models settings session gui devserver i18n cli app)

file(GLOB_RECURSE _files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/*.h ${SOURCE_DIR}/*.cpp)
list(SORT _files)
set(_violations "")
set(_checked 0)
foreach(_file ${_files})
    string(REGEX MATCH "^[^/]+" _layer "${_file}")
    if(NOT _layer IN_LIST _layers)
        list(APPEND _violations "${_file}: folder '${_layer}' is not a known layer; add it to LayeringCheck.cmake")
        continue()
    endif()
    file(STRINGS ${SOURCE_DIR}/${_file} _includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]+\"")
    foreach(_line ${_includes})
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" _target "${_line}")
        math(EXPR _checked "${_checked} + 1")
        if(NOT _target MATCHES "/")
            continue() # beside the file (same layer), or generated (ui_*.h, *.moc)
        endif()
        string(REGEX MATCH "^[^/]+" _used "${_target}")
        if(_used STREQUAL _layer OR _used IN_LIST _may_use_${_layer})
            continue()
        endif()
        if(NOT _used IN_LIST _layers)
            continue() # not one of ours (a third-party header written with quotes)
        endif()
        list(JOIN _may_use_${_layer} ", " _allowed)
        list(APPEND _violations "${_file}: ${_layer} may not include ${_target} (${_layer} uses: ${_allowed})")
    endforeach()
endforeach()

list(LENGTH _files _file_count)
if(_violations)
    list(LENGTH _violations _count)
    list(JOIN _violations "\n  " _text)
    message(FATAL_ERROR "Layering check: ${_count} include(s) cross a layer the wrong way:\n  ${_text}\n"
                        "Move the type to the lowest layer that needs it, or reach it through the layer in between.")
endif()
message(STATUS "Layering check: ${_checked} includes in ${_file_count} files, all within their layers")
