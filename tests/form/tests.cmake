# The guided message form: widget tests in the real console (test_form), and the store under it —
# actions, unfinished drafts, and a draft that survives SIGKILL (test_form_store, with a helper).
relais_add_test(NAME test_form KIND ui SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/formfixture.h
  ${CMAKE_CURRENT_LIST_DIR}/formfixture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/formtest.cpp)

add_executable(form_draftwriter ${CMAKE_CURRENT_LIST_DIR}/draftwriter.cpp)
target_link_libraries(form_draftwriter PRIVATE relais_core)

relais_add_test(NAME test_form_store KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/formstorechecks.h
  ${CMAKE_CURRENT_LIST_DIR}/formstorechecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/formstoretest.cpp)
target_compile_definitions(test_form_store PRIVATE RELAIS_FORM_DRAFTWRITER="$<TARGET_FILE:form_draftwriter>")
add_dependencies(test_form_store form_draftwriter)
relais_add_test(NAME test_form_store_pg KIND core LABELS postgres SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/formstorechecks.h
  ${CMAKE_CURRENT_LIST_DIR}/formstorechecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/formstorepgtest.cpp)
