relais_add_test(NAME test_consignes KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/consignesjsontest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/consignesbadinputtest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/jsonreadertest.cpp)
