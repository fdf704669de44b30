# Translation tests: the .ts files are complete, and the compiled French .qm translates strings from
# core, ui and relais-cli under the contexts the code really uses at runtime.
relais_add_test(NAME test_translations KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/tscompletenesstest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/frenchruntimetest.cpp)
# The runtime test loads the .qm that relais_lrelease compiles from translations/relais_fr.ts.
add_dependencies(test_translations relais_lrelease)
target_compile_definitions(test_translations PRIVATE
  RELAIS_FRENCH_QM="${PROJECT_BINARY_DIR}/translations/relais_fr.qm")
