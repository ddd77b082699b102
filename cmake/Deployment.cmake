# SPDX-License-Identifier: GPL-3.0-or-later
# Windows and macOS installers carry their own Qt: at install time (and so in every CPack
# package) windeployqt / macdeployqt copy the Qt libraries, plugins (platform, styles, image
# formats, the SVG icon engine, the SQL drivers) and Qt's translations next to the executables.
#
# Qt 6.5 changed the deployment API: qt_generate_deploy_script() appeared there (6.3 and 6.4 had
# only qt_generate_deploy_app_script(), which knows neither extra executables nor, on macOS, a
# CLI inside the bundle). So with Qt >= 6.5 the deploy script calls
# qt_deploy_runtime_dependencies() for the app and booking-cli together; with an older Qt an
# install(CODE) step runs the deploy tool itself.
#
# Neither branch can run on the Linux machine the project is developed on (nothing to deploy
# there: the DEB and RPM depend on the distribution's Qt). .github/workflows/release.yml runs them
# on Windows and macOS runners.
if(NOT (WIN32 OR APPLE) OR NOT TARGET booking-assistant)
    return()
endif()

if(WIN32)
    # Where the deploy tool is run from (the install prefix) to the executables.
    set(BOOKING_DEPLOY_APP "bin/$<TARGET_FILE_NAME:booking-assistant>")
    set(BOOKING_DEPLOY_CLI "bin/$<TARGET_FILE_NAME:booking-cli>")
else()
    set(BOOKING_DEPLOY_APP "$<TARGET_FILE_NAME:booking-assistant>.app")
    set(BOOKING_DEPLOY_CLI
        "$<TARGET_FILE_NAME:booking-assistant>.app/Contents/MacOS/$<TARGET_FILE_NAME:booking-cli>")
endif()

if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_script(
        TARGET booking-assistant
        OUTPUT_SCRIPT BOOKING_DEPLOY_SCRIPT
        CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${BOOKING_DEPLOY_APP}\"
    ADDITIONAL_EXECUTABLES \"${BOOKING_DEPLOY_CLI}\"
    GENERATE_QT_CONF
)
")
    install(SCRIPT ${BOOKING_DEPLOY_SCRIPT})
else()
    # Qt 6.4 and older: find the tool next to qmake and run it from an install(CODE) step.
    if(WIN32)
        set(BOOKING_DEPLOY_TOOL_NAME windeployqt)
    else()
        set(BOOKING_DEPLOY_TOOL_NAME macdeployqt)
    endif()
    set(BOOKING_QT_BIN_HINTS)
    if(TARGET Qt6::qmake)
        get_target_property(BOOKING_QMAKE Qt6::qmake IMPORTED_LOCATION)
        if(BOOKING_QMAKE)
            get_filename_component(BOOKING_QT_BIN_DIR ${BOOKING_QMAKE} DIRECTORY)
            list(APPEND BOOKING_QT_BIN_HINTS ${BOOKING_QT_BIN_DIR})
        endif()
    endif()
    if(QT6_INSTALL_PREFIX)
        list(APPEND BOOKING_QT_BIN_HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}
            ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_LIBEXECS})
    endif()
    find_program(BOOKING_DEPLOY_TOOL ${BOOKING_DEPLOY_TOOL_NAME} HINTS ${BOOKING_QT_BIN_HINTS})
    if(NOT BOOKING_DEPLOY_TOOL)
        message(WARNING "${BOOKING_DEPLOY_TOOL_NAME} not found: installs and packages will not "
                        "carry the Qt runtime")
    else()
        if(WIN32)
            # windeployqt puts the plugins in folders next to the executables (platforms\,
            # sqldrivers\, iconengines\, ...), where Qt looks without a qt.conf.
            set(BOOKING_DEPLOY_ARGS
                "\"\${prefix}/${BOOKING_DEPLOY_APP}\" \"\${prefix}/${BOOKING_DEPLOY_CLI}\" --dir \"\${prefix}/bin\" --force")
        else()
            set(BOOKING_DEPLOY_ARGS
                "\"\${prefix}/${BOOKING_DEPLOY_APP}\" \"-executable=\${prefix}/${BOOKING_DEPLOY_CLI}\" -always-overwrite")
        endif()
        install(CODE "
set(prefix \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
message(STATUS \"Deploying the Qt runtime with ${BOOKING_DEPLOY_TOOL}\")
execute_process(COMMAND \"${BOOKING_DEPLOY_TOOL}\" ${BOOKING_DEPLOY_ARGS}
    WORKING_DIRECTORY \"\${prefix}\" RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR \"${BOOKING_DEPLOY_TOOL_NAME} failed: \${result}\")
endif()
")
    endif()
endif()

# Non-Qt DLLs (QtKeychain, simdjson, nghttp2...): windeployqt leaves them out, so
# cmake/Packaging.cmake installs them from the executables' runtime dependency set; macdeployqt
# copies every non-system library it finds by itself.

# The compiler's runtime (MSVC's vcruntime/msvcp DLLs, or MinGW's) next to the executables.
if(WIN32)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()
