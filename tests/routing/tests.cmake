relais_add_test(NAME test_routing KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/clientindex_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/callrouter_test.cpp)
