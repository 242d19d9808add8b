# SPDX-License-Identifier: MIT
# The dropped-task check (issue 15 item 12): a coroutine started without anyone awaiting it must go through
# dispatch::detached(), which logs an exception that escapes it; a bare call `openJob(id);` keeps the exception
# in the task's promise and drops it with the frame, silently. Run by ctest (dropped_task_check) as
#   cmake -DSOURCE_DIR=<repo>/src -P DroppedTaskCheck.cmake
# It reads declarations, not types, so it is a heuristic with two rules:
#   - in a .cpp, a statement that is just a call to a function its own header (or the .cpp itself) declares as
#     returning QCoro::Task<…> — `name(…);` or `this->name(…);`, also as a lambda's whole body;
#   - anywhere, `object->name(…);` or `object.name(…);` where `name` is declared returning a task in some header
#     and returning anything else in none (so a same-named plain function elsewhere cannot trip it).
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "DroppedTaskCheck.cmake: pass -DSOURCE_DIR=<the src/ folder to check>")
endif()

set(_task_decl "QCoro::Task<[^;{]*>[ \t\n]+([A-Za-z_][A-Za-z0-9_]*::)*([A-Za-z_][A-Za-z0-9_]*)\\(")

# Names declared as tasks in `text`, into `out`.
function(task_names text out)
    string(REGEX MATCHALL "${_task_decl}" _decls "${text}")
    set(_names "")
    foreach(_decl IN LISTS _decls)
        string(REGEX REPLACE ".*[ \t\n:]([A-Za-z_][A-Za-z0-9_]*)\\($" "\\1" _name "${_decl}")
        list(APPEND _names ${_name})
    endforeach()
    list(REMOVE_DUPLICATES _names)
    set(${out} "${_names}" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE _headers ${SOURCE_DIR}/*.h)
file(GLOB_RECURSE _sources ${SOURCE_DIR}/*.cpp)
list(SORT _sources)
set(_everywhere "")
set(_plain "")
foreach(_header IN LISTS _headers)
    file(READ ${_header} _text)
    task_names("${_text}" _names)
    list(APPEND _everywhere ${_names})
    # Any other declaration: a type, then the name, on a line without QCoro::Task.
    file(STRINGS ${_header} _declarations REGEX "^[ \t]*[A-Za-z_][^=();]*[ \t*&][A-Za-z_][A-Za-z0-9_]*\\(")
    foreach(_declaration IN LISTS _declarations)
        if(NOT _declaration MATCHES "QCoro::Task" AND _declaration MATCHES "[ \t*&]([A-Za-z_][A-Za-z0-9_]*)\\(")
            list(APPEND _plain ${CMAKE_MATCH_1})
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES _everywhere)
set(_qualified_names "")
# Names Qt's own classes use too (QIODevice::write): a call on a Qt object is not one of our tasks.
set(_qt_names write read remove)
foreach(_name IN LISTS _everywhere)
    if(NOT _name IN_LIST _plain AND NOT _name IN_LIST _qt_names)
        list(APPEND _qualified_names ${_name})
    endif()
endforeach()

set(_violations "")
foreach(_source IN LISTS _sources)
    if(_source MATCHES "/coro/Detached\\.cpp$")
        continue() # the helper itself starts the task that awaits the detached one
    endif()
    file(READ ${_source} _text)
    string(REGEX REPLACE "\\.cpp$" ".h" _header "${_source}")
    set(_own "")
    if(EXISTS ${_header})
        file(READ ${_header} _header_text)
        task_names("${_header_text}" _own)
    endif()
    task_names("${_text}" _local)
    list(APPEND _own ${_local})
    file(RELATIVE_PATH _relative ${SOURCE_DIR} ${_source})
    # Lines by hand: file(STRINGS) drops empty lines (wrong line numbers) and a list splits at ';'.
    string(REPLACE ";" "<semicolon>" _escaped "${_text}")
    string(REPLACE "\n" ";" _lines "${_escaped}")
    set(_number 0)
    foreach(_line IN LISTS _lines)
        math(EXPR _number "${_number} + 1")
        # A statement that starts with the call (`name(…);`), also as a lambda's body (`[this] { name(…); }`):
        # `co_await name(…)`, `return name(…)`, `x = name(…)` and `detached(name(…), …)` do not start with it.
        # A line starts like a statement. Not `^`: MATCHALL matches `^` again where its last match ended.
        set(_line "<semicolon>${_line}")
        string(REGEX MATCHALL "([{]|<semicolon>)[ \t]*(this->)?[A-Za-z_][A-Za-z0-9_]*\\(" _calls "${_line}")
        foreach(_call IN LISTS _calls)
            string(REGEX REPLACE ".*[^A-Za-z0-9_]([A-Za-z_][A-Za-z0-9_]*)\\($" "\\1" _name " ${_call}")
            if(_name IN_LIST _own)
                list(APPEND _violations "${_relative}:${_number}: ${_name}() is a task nobody awaits")
            endif()
        endforeach()
        string(REGEX MATCHALL "([{]|<semicolon>)[ \t]*[A-Za-z_][A-Za-z0-9_]*(->|\\.)[A-Za-z_][A-Za-z0-9_]*\\("
               _calls "${_line}")
        foreach(_call IN LISTS _calls)
            string(REGEX REPLACE ".*[^A-Za-z0-9_]([A-Za-z_][A-Za-z0-9_]*)\\($" "\\1" _name " ${_call}")
            if(_name IN_LIST _qualified_names)
                list(APPEND _violations "${_relative}:${_number}: ${_name}() is a task nobody awaits")
            endif()
        endforeach()
    endforeach()
endforeach()

list(LENGTH _sources _count)
if(_violations)
    list(LENGTH _violations _found)
    list(JOIN _violations "\n  " _listed)
    message(FATAL_ERROR "Dropped-task check: ${_found} task(s) started without co_await or detached():\n"
                        "  ${_listed}\nWrap the call: dispatch::detached(call(…), this, \"what it does\").")
endif()
message(STATUS "Dropped-task check: ${_count} sources, every task is awaited or detached")
