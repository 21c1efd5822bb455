# Installing Bilan and its Debian package (docs/packaging.md): `cmake --build BUILD --target
# package` (or `cpack -G DEB` in BUILD) makes bilan_<version>_<arch>.deb. Paths are relative to
# the prefix (/usr in the package), so that the program finds its translation at
# bin/../share/bilan/translations wherever it is installed (src/report/TranslationFile.cpp).

include(GNUInstallDirs)

# The reverse-DNS id of the desktop entry, the icon and the AppStream metadata. It is chosen:
# no domain stands behind it.
set(BILAN_APP_ID org.bilan.Bilan)
set(BILAN_RELEASE_DATE 2026-12-05)
# AppStream wants a web address for each screenshot; the images are docs/screenshots/*.png.
# The default host is a reserved .invalid name: set this to where those files are published.
set(BILAN_SCREENSHOT_URL "https://bilan.invalid/docs/screenshots" CACHE STRING
    "Web address of the folder that publishes docs/screenshots (AppStream screenshots)")

set(bilan_packaging ${PROJECT_SOURCE_DIR}/packaging)
set(bilan_generated ${PROJECT_BINARY_DIR}/packaging)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
    GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

install(TARGETS bilan RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${bilan_packaging}/${BILAN_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${bilan_packaging}/icons/${BILAN_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The PNGs are rendered from the SVG by scripts/icons.sh and checked in.
foreach(size IN LISTS BILAN_ICON_SIZES)
    install(FILES ${bilan_packaging}/icons/${BILAN_APP_ID}-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${BILAN_APP_ID}.png)
endforeach()
configure_file(${bilan_packaging}/${BILAN_APP_ID}.metainfo.xml.in
               ${bilan_generated}/${BILAN_APP_ID}.metainfo.xml @ONLY)
install(FILES ${bilan_generated}/${BILAN_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The same .qm the program embeds; the installed file is read first.
install(FILES ${BILAN_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/bilan/translations)

# The manual page and the changelog, compressed as Debian wants them (-n: no time stamp, so the
# package is the same for the same sources).
configure_file(${bilan_packaging}/changelog.in ${bilan_generated}/changelog @ONLY)
# The page names the version it documents (its .TH line); the date there is the page's own.
configure_file(${bilan_packaging}/bilan.1.in ${bilan_generated}/bilan.1 @ONLY)
find_program(BILAN_GZIP gzip REQUIRED)
add_custom_command(OUTPUT ${bilan_generated}/bilan.1.gz
    COMMAND ${BILAN_GZIP} -9nc ${bilan_generated}/bilan.1 > ${bilan_generated}/bilan.1.gz
    DEPENDS ${bilan_generated}/bilan.1 VERBATIM)
add_custom_command(OUTPUT ${bilan_generated}/changelog.gz
    COMMAND ${BILAN_GZIP} -9nc ${bilan_generated}/changelog > ${bilan_generated}/changelog.gz
    DEPENDS ${bilan_generated}/changelog VERBATIM)
add_custom_target(bilan_packaging_files ALL
    DEPENDS ${bilan_generated}/bilan.1.gz ${bilan_generated}/changelog.gz)
install(FILES ${bilan_generated}/bilan.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${bilan_packaging}/copyright ${bilan_generated}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/bilan)

# lintian's overrides, each with its reason, should a tag ever need one (docs/packaging.md lists
# them); today lintian reports no error or warning and there is none.
if(EXISTS ${bilan_packaging}/lintian-overrides)
    install(FILES ${bilan_packaging}/lintian-overrides
            DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME bilan)
endif()

# The Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME bilan)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Bilan developers")
set(CPACK_PACKAGE_CONTACT "Bilan Dev <dev@bilan.invalid>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "member and engagement tracker for shared-services cooperatives")
set(CPACK_PACKAGE_DESCRIPTION
    "Bilan keeps the records of a shared-services cooperative: staff log the hours
they render to member organisations, the board secretary records meetings and
attendance, and the director prints the annual activity report.

One desk works on a SQLite file; several share a PostgreSQL server. The window
and the report are in French and English, and the command line (bilan --help)
imports and exports CSV files and prints the figures and the report.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads the SQL drivers at run time, so dpkg-shlibdeps cannot see them: SQLite for a file,
# PostgreSQL for a server. The X11 and offscreen platform plugins are in libqt6gui6, which
# dpkg-shlibdeps finds. Qt's own French (dialog buttons) and the native Wayland plugin help
# without being needed.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
include(CPack)
