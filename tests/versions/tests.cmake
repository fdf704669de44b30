# Consignes versions: the diff, import/export/history in a real SQLite store, and relais-cli consignes
# end to end (the test runs the built binary, so it depends on it).
relais_add_test(NAME test_versions KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/consignesdifftest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/consignesimporttest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/consignesclitest.cpp)
add_dependencies(test_versions relais-cli)
