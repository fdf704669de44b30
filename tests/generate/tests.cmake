relais_add_test(NAME test_generate KIND core SOURCES ${CMAKE_CURRENT_LIST_DIR}/datageneratortest.cpp)
# relais-cli generate end to end (the built binary on SQLite files).
relais_add_test(NAME test_generate_cli KIND core SOURCES ${CMAKE_CURRENT_LIST_DIR}/generateclitest.cpp)
add_dependencies(test_generate_cli relais-cli)
# Search over generated messages against a full scan (the fast paths of migration 0010).
relais_add_test(NAME test_generated_search KIND core SOURCES ${CMAKE_CURRENT_LIST_DIR}/generatedsearchtest.cpp)
