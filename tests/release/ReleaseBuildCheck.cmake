# SPDX-License-Identifier: MIT
# release_build_check (ctest): configures the project the way a distribution does — CMAKE_BUILD_TYPE=Release
# (GCC at -O3), no preset, no tests or benchmarks, as a subproject of another project — and builds the
# protocol and client libraries. It fails when
#   - configuring fails (a find_package or path that assumes the top level, or needs the tests' packages),
#   - warnings become errors without being asked to (only the ci preset may: issue 17),
#   - the build fails or warns: GCC 12's -O3 -Wmaybe-uninitialized false positive in client/PendingEntry.cpp
#     broke exactly this build; -O3 runs optimisation passes, and their warnings, that the -O2 builds do not.
# Only those libraries are built (about 50 files, ~3 min cold on 2 cores, seconds from ccache): building
# everything at -O3 costs ~10 min that CI cannot spare, and the applications' configure is covered anyway.
#   cmake -DDM_SOURCE_DIR=… -DWORK_DIR=… [-DLAUNCHER=ccache] -P ReleaseBuildCheck.cmake
cmake_minimum_required(VERSION 3.25)
foreach(variable DM_SOURCE_DIR WORK_DIR)
    if(NOT ${variable})
        message(FATAL_ERROR "ReleaseBuildCheck.cmake: pass -D${variable}=…")
    endif()
endforeach()

set(_configure ${CMAKE_COMMAND} -S ${DM_SOURCE_DIR}/tests/release/subproject -B ${WORK_DIR} -G Ninja
               -DDM_SOURCE_DIR=${DM_SOURCE_DIR} -DCMAKE_BUILD_TYPE=Release -DDM_BUILD_TESTS=OFF
               -DDM_BUILD_BENCH=OFF)
if(LAUNCHER)
    list(APPEND _configure -DCMAKE_CXX_COMPILER_LAUNCHER=${LAUNCHER})
endif()
execute_process(COMMAND ${_configure} RESULT_VARIABLE _result OUTPUT_VARIABLE _output ERROR_VARIABLE _output)
if(NOT _result EQUAL 0)
    message(FATAL_ERROR "A plain Release configure as a subproject failed:\n${_output}")
endif()

file(READ ${WORK_DIR}/compile_commands.json _commands)
if(_commands MATCHES "-Werror")
    message(FATAL_ERROR "A plain Release configure turns warnings into errors (-Werror in "
                        "${WORK_DIR}/compile_commands.json); only the ci preset may.")
endif()

execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK_DIR} --target dispatch_client -- -j2
                RESULT_VARIABLE _result OUTPUT_VARIABLE _output ERROR_VARIABLE _output)
if(NOT _result EQUAL 0)
    message(FATAL_ERROR "The Release build of the protocol and client libraries failed:\n${_output}")
endif()
if(_output MATCHES "warning:")
    message(FATAL_ERROR "The Release build of the protocol and client libraries warns:\n${_output}")
endif()
message(STATUS "Release build as a subproject: configured and built dispatch_client without warnings")
