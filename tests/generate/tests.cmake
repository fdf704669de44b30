relais_add_test(NAME test_generate KIND core SOURCES ${CMAKE_CURRENT_LIST_DIR}/datageneratortest.cpp)
