relais_add_test(NAME test_common KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/redacttest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/settingstest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/loggingtest.cpp)
