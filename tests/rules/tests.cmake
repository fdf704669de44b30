relais_add_test(NAME test_rules KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/rulestestsupport.h
  ${CMAKE_CURRENT_LIST_DIR}/publicholidays_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/coveragehours_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/greeting_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/oncall_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ruleswords_test.cpp)
