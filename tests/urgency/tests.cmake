relais_add_test(NAME test_urgency KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/urgencytestsupport.h
  ${CMAKE_CURRENT_LIST_DIR}/keywordmatcher_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/urgencyengine_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/filteringengine_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hostileinput_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/actiontaken_test.cpp)
