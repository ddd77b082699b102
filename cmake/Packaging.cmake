# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules and installers (included from the root CMakeLists.txt after the targets exist).
#
#   Linux   bin/, share/applications, share/metainfo, share/icons/hicolor, share/doc;
#           CPack DEB, RPM (when rpmbuild is there) and TGZ, tested by packaging/check-packages.sh
#   Windows bin/ with the Qt runtime (windeployqt), a version resource and the icon; NSIS and ZIP
#   macOS   booking-assistant.app (Info.plist, .icns, booking-cli inside, the Qt frameworks from
#           macdeployqt); a DragNDrop disk image
#
# The Windows and macOS parts cannot be run on the Linux machine this project is developed on:
# .github/workflows/release.yml builds, tests and packages them on each platform.
include(GNUInstallDirs)

set(BOOKING_ICONS_DIR ${PROJECT_SOURCE_DIR}/resources/icons)
set(BOOKING_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(BOOKING_PACKAGE_NAME booking-assistant)

# ---------------------------------------------------------------------------------------------
# Executables: platform properties, then install rules
set(BOOKING_INSTALL_TARGETS booking-cli)
if(TARGET booking-assistant)
    list(PREPEND BOOKING_INSTALL_TARGETS booking-assistant)
endif()

if(WIN32)
    # A version resource for each executable, from the one generated version header; the app's
    # carries the icon too.
    foreach(target IN LISTS BOOKING_INSTALL_TARGETS)
        if(target STREQUAL "booking-assistant")
            set(BOOKING_RC_DESCRIPTION "Booking Assistant")
            set(BOOKING_RC_ICON "IDI_ICON1 ICON \"${BOOKING_ICONS_DIR}/booking-assistant.ico\"")
        else()
            set(BOOKING_RC_DESCRIPTION "Booking Assistant command line")
            set(BOOKING_RC_ICON "")
        endif()
        set(BOOKING_RC_FILENAME "${target}.exe")
        configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/version.rc.in
            ${PROJECT_BINARY_DIR}/generated/${target}.rc @ONLY)
        target_sources(${target} PRIVATE ${PROJECT_BINARY_DIR}/generated/${target}.rc)
    endforeach()
    if(TARGET booking-assistant)
        set_target_properties(booking-assistant PROPERTIES WIN32_EXECUTABLE ON)
    endif()
elseif(APPLE AND TARGET booking-assistant)
    set(BOOKING_ICNS ${BOOKING_ICONS_DIR}/booking-assistant.icns)
    set_source_files_properties(${BOOKING_ICNS} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(booking-assistant PRIVATE ${BOOKING_ICNS})
    set_target_properties(booking-assistant PROPERTIES
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in
        MACOSX_BUNDLE_BUNDLE_NAME "Booking Assistant"
        MACOSX_BUNDLE_EXECUTABLE_NAME booking-assistant
        MACOSX_BUNDLE_GUI_IDENTIFIER ${BOOKING_APP_ID}
        MACOSX_BUNDLE_ICON_FILE booking-assistant.icns
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_LONG_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "Copyright (C) 2026 The Booking Assistant authors, GPL-3.0-or-later")
endif()

if(APPLE AND TARGET booking-assistant)
    # Everything lives in the bundle: the CLI next to the app's executable, sharing its frameworks
    # (macdeployqt rewrites its library paths too), the licence texts in Resources.
    install(TARGETS booking-assistant BUNDLE DESTINATION . RUNTIME DESTINATION .)
    install(TARGETS booking-cli RUNTIME DESTINATION booking-assistant.app/Contents/MacOS)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/NOTICE
        DESTINATION booking-assistant.app/Contents/Resources)
elseif(WIN32)
    # The DLLs the executables load that are neither Qt's (windeployqt brings those) nor the
    # system's: QtKeychain, simdjson, nghttp2, zlib..., found at install time in the prefixes.
    install(TARGETS ${BOOKING_INSTALL_TARGETS}
        RUNTIME_DEPENDENCY_SET booking_runtime_dlls
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(BOOKING_DLL_DIRS)
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND BOOKING_DLL_DIRS ${prefix}/bin)
    endforeach()
    install(RUNTIME_DEPENDENCY_SET booking_runtime_dlls
        # Matched against lower-case names on Windows; qt6keychain.dll is kept.
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
            "^qt6(core|gui|widgets|network|sql|concurrent|dbus|svg|httpserver|websockets)\\.dll$"
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*" ".*[Ww]indows/.*"
        DIRECTORIES ${BOOKING_DLL_DIRS}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
else()
    install(TARGETS ${BOOKING_INSTALL_TARGETS} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

if(WIN32)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE RENAME LICENSE.txt DESTINATION .)
    install(FILES ${PROJECT_SOURCE_DIR}/NOTICE RENAME NOTICE.txt DESTINATION .)
elseif(NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/NOTICE
        ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${BOOKING_PACKAGE_NAME})
endif()

# ---------------------------------------------------------------------------------------------
# Linux desktop integration: the desktop entry, AppStream metainfo and hicolor icons, all named
# after the application id.
if(UNIX AND NOT APPLE AND TARGET booking-assistant)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${BOOKING_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${BOOKING_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
    foreach(size IN LISTS BOOKING_ICON_SIZES)
        install(FILES ${BOOKING_ICONS_DIR}/hicolor/${size}x${size}/apps/booking-assistant.png
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${BOOKING_APP_ID}.png)
    endforeach()
    install(FILES ${BOOKING_ICONS_DIR}/booking-assistant.svg
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps
        RENAME ${BOOKING_APP_ID}.svg)
endif()

# ---------------------------------------------------------------------------------------------
# Windows and macOS: bring the Qt runtime (and QtKeychain) along.
include(cmake/Deployment.cmake)

# ---------------------------------------------------------------------------------------------
# CPack
set(CPACK_PACKAGE_NAME ${BOOKING_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "The Booking Assistant authors")
set(CPACK_PACKAGE_CONTACT "The Booking Assistant authors <booking-assistant@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${PROJECT_DESCRIPTION})
# Wrapped for the Debian control file (lines under 80 columns).
set(CPACK_PACKAGE_DESCRIPTION "Booking Assistant finds flights when you tell it what you want, in your own
words and in English, French, German, Spanish, Italian or Portuguese. It
asks only for what is missing, searches flight offers without freezing the
window and keeps a local history of every conversation and offer, to review
offline. It works at once on a built-in sandbox of example fares; real
offers come from Duffel or an Amadeus-compatible service, with the
credentials kept in the system keychain. booking-cli gives the same engine
to scripts, with JSON output.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${BOOKING_REPOSITORY_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Booking Assistant")
set(CPACK_PACKAGE_EXECUTABLES booking-assistant "Booking Assistant")
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/packaging/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/packaging/LICENSE.txt)
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
    find_program(BOOKING_RPMBUILD rpmbuild)
    if(BOOKING_RPMBUILD)
        list(INSERT CPACK_GENERATOR 1 RPM)
    endif()
endif()

# Debian. dpkg-shlibdeps finds the Qt libraries the executables link; what they load at run time
# it cannot see, so it is named: the SQLite driver (the history), the SVG icon engine (the app's
# icon is an SVG), libsecret (QtKeychain dlopen()s it to reach the Secret Service), the platform
# plugins (xcb is in libqt6gui6 on Debian 12 but in qt6-qpa-plugins on newer Debian and Ubuntu).
# A keyring to store the credentials in is recommended; the PostgreSQL driver is for a history
# kept on PostgreSQL.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${BOOKING_REPOSITORY_URL})
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# RPM (Fedora's names for the same things). Rich and weak dependencies need rpm 4.12+.
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL ${BOOKING_REPOSITORY_URL})
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase >= 6.4, qt6-qtbase-gui, qt6-qtsvg, libsecret")
# Weak dependencies go straight into the spec's preamble: CPack has no Recommends variable, and
# drops CPACK_RPM_PACKAGE_SUGGESTS when its probe (`rpm --suggests`) fails, as with rpm 4.18.
# No /usr/lib/.build-id links: the stripped executables carry no debug info to find by build id.
set(CPACK_RPM_SPEC_MORE_DEFINE "Recommends: (gnome-keyring or kwalletmanager5)
Suggests: qt6-qtbase-postgresql
%define _build_id_links none")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# Folders other packages own (the filesystem, hicolor-icon-theme) are not claimed.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS BOOKING_ICON_SIZES)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# NSIS (Windows installer)
set(CPACK_NSIS_DISPLAY_NAME "Booking Assistant")
set(CPACK_NSIS_PACKAGE_NAME "Booking Assistant ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${BOOKING_ICONS_DIR}/booking-assistant.ico)
set(CPACK_NSIS_MUI_UNIICON ${BOOKING_ICONS_DIR}/booking-assistant.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\booking-assistant.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${BOOKING_REPOSITORY_URL})
set(CPACK_NSIS_HELP_LINK ${BOOKING_REPOSITORY_URL})
set(CPACK_NSIS_CONTACT ${CPACK_PACKAGE_CONTACT})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin\ (booking-cli) on the PATH
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN booking-assistant.exe)

# DragNDrop (macOS disk image)
set(CPACK_DMG_VOLUME_NAME "Booking Assistant")
set(CPACK_DMG_FORMAT UDZO)
if(APPLE)
    # The disk image's volume icon (elsewhere CPACK_PACKAGE_ICON means an installer bitmap).
    set(CPACK_PACKAGE_ICON ${BOOKING_ICONS_DIR}/booking-assistant.icns)
endif()

include(CPack)
