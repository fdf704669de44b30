relais_add_test(NAME test_phone KIND core SOURCES ${CMAKE_CURRENT_LIST_DIR}/phonenumberstest.cpp)
