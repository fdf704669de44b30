# The Debian package: built with cpack, unpacked with dpkg -x, its binaries started from there.
# It needs relais and relais-cli built (the normal build) and takes well under two minutes.
find_program(RELAIS_DPKG_DEB dpkg-deb)
if(RELAIS_DPKG_DEB)
  add_test(NAME package COMMAND ${CMAKE_CURRENT_LIST_DIR}/checkpackage.sh ${PROJECT_BINARY_DIR})
  set_tests_properties(package PROPERTIES LABELS package TIMEOUT 180 RUN_SERIAL TRUE)
endif()
