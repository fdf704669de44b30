# Install rules beyond the two executables (their own CMakeLists install them) and the Debian
# package: `cmake --install` puts the console in the menu; `cpack -G DEB` (scripts/package) builds
# relais_<version>_<arch>.deb whose library dependencies dpkg-shlibdeps computes.
include(GNUInstallDirs)

install(FILES ${PROJECT_SOURCE_DIR}/resources/relais.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/relais.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Man pages are installed gzipped, as Debian expects. relais.1 is written by hand and compressed at
# configure time; relais-cli.1 is made from the binary's own --help after it is built.
foreach(page relais.1)
  set(source ${PROJECT_SOURCE_DIR}/docs/man/${page})
  set(packed ${PROJECT_BINARY_DIR}/man/${page}.gz)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${source})
  if(NOT EXISTS ${packed} OR ${source} IS_NEWER_THAN ${packed})
    file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/man)
    file(COPY_FILE ${source} ${PROJECT_BINARY_DIR}/man/${page})
    file(ARCHIVE_CREATE OUTPUT ${packed} PATHS ${PROJECT_BINARY_DIR}/man/${page} FORMAT raw COMPRESSION GZip)
  endif()
  install(FILES ${packed} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
set(cli_man ${PROJECT_BINARY_DIR}/man/relais-cli.1.gz)
add_custom_command(
  OUTPUT ${cli_man}
  COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:relais-cli> -DTEMPLATE=${PROJECT_SOURCE_DIR}/docs/man/relais-cli.1.in
          -DOUT=${cli_man} -DVERSION=${PROJECT_VERSION} -P ${PROJECT_SOURCE_DIR}/cmake/GenerateCliManPage.cmake
  DEPENDS relais-cli ${PROJECT_SOURCE_DIR}/docs/man/relais-cli.1.in ${PROJECT_SOURCE_DIR}/cmake/GenerateCliManPage.cmake
  COMMENT "Writing the relais-cli man page from its --help")
add_custom_target(relais-cli-man ALL DEPENDS ${cli_man})
install(FILES ${cli_man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/docs/guide.md DESTINATION ${CMAKE_INSTALL_DOCDIR} OPTIONAL)

set(CPACK_PACKAGE_NAME relais)
set(CPACK_PACKAGE_VENDOR "Relais")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Operator console for telephone answering services")
set(CPACK_PACKAGE_DESCRIPTION
    "Relais shows, the moment a call rings, which client company the call is for and how that client
wants it handled (greeting, questions to ask, urgency and filtering rules, who is on call), then
guides the operator through a structured message saved on the desk and synced to a shared
PostgreSQL database. Includes relais-cli for consignes import and export, migrations, sync,
statistics and purges.")
set(CPACK_PACKAGE_CONTACT "Relais maintainers <relais@example.org>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES TRUE) # the build keeps its debug info; the package does not need it
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION comm)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/relais")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQL drivers and the display plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip) # fast to build in the test suite; xz saves little here
include(CPack)
