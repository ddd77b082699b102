# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DMETAINFO=<file> -DVERSION=<project version> -P CheckMetainfoVersion.cmake
# The newest (first) <release> of the AppStream metainfo must be the project's VERSION, so that a
# version bump in CMake cannot ship without its release entry.
file(READ "${METAINFO}" text)
string(REGEX MATCH "<release[^>]*version=\"([^\"]+)\"" match "${text}")
if(NOT match)
    message(FATAL_ERROR "${METAINFO}: no <release version=...>")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}: the newest release is ${CMAKE_MATCH_1}, the project's "
                        "VERSION is ${VERSION}: add a <release> for ${VERSION} first in <releases>")
endif()
string(REGEX MATCH "<release[^>]*date=\"([0-9-]+)\"" match "${text}")
message(STATUS "metainfo: newest release ${VERSION} (${CMAKE_MATCH_1}) matches the project")
